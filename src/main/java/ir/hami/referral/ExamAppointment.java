package ir.hami.referral;

import ir.hami.platform.ValidationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The trusted-physician exam the unit books: physician, day, time (HH:mm), place. Rules: all four given, the time
 * a real time of day, the day not before today.
 */
public record ExamAppointment(String physician, LocalDate date, String time, String place) implements Serializable {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    /**
     * @throws ValidationException {@code referral.exam.required}, {@code referral.exam.time} or
     *                             {@code referral.exam.past}
     */
    public ExamAppointment validate(LocalDate today) {
        if (blank(physician) || date == null || blank(time) || blank(place)) {
            throw new ValidationException("referral.exam.required");
        }
        String t = ir.hami.platform.text.PersianText.normalizeDigits(time.strip());
        if (t.length() == 4 && t.charAt(1) == ':') {
            t = "0" + t;
        }
        if (!TIME.matcher(t).matches()) {
            throw new ValidationException("referral.exam.time");
        }
        if (date.isBefore(today)) {
            throw new ValidationException("referral.exam.past");
        }
        return new ExamAppointment(physician.strip(), date, t, place.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
