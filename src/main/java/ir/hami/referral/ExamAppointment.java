package ir.hami.referral;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.TextLimit;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The trusted-physician exam the unit books: physician, day, time (HH:mm), place. Rules: all four given, the time
 * a real time of day, the day not before today.
 */
public record ExamAppointment(String physician, LocalDate date, String time, String place) implements Serializable {

    /** Message keys: the physician or the place longer than their columns. */
    public static final String PHYSICIAN_TOO_LONG = "referral.exam.physician.tooLong";
    public static final String PLACE_TOO_LONG = "referral.exam.place.tooLong";

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    /**
     * @throws ValidationException {@code referral.exam.required}, {@code referral.exam.time} or
     *                             {@code referral.exam.past}, {@link #PHYSICIAN_TOO_LONG}, {@link #PLACE_TOO_LONG}
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
        String who = TextLimit.line(physician, ReferralRequest.PHYSICIAN_LENGTH, PHYSICIAN_TOO_LONG);
        String where = TextLimit.line(place, ReferralRequest.EXAM_PLACE_LENGTH, PLACE_TOO_LONG);
        if (who == null || where == null) {
            throw new ValidationException("referral.exam.required");
        }
        return new ExamAppointment(who, date, t, where);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
