package ir.hami.platform.web;

import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Shows an instant as a Jalali date and Tehran time, "1405/09/02 14:05". Display only. */
@FacesConverter("jalaliDateTime")
public class JalaliDateTimeConverter extends LocalizedConverter<Instant> {

    @Override
    protected Instant toModel(String text) {
        throw new ValidationException("date.invalid");
    }

    @Override
    protected String toDisplay(Instant value, Locale locale) {
        ZonedDateTime tehran = value.atZone(ClockProducer.TEHRAN);
        String text = Jalali.format(tehran.toLocalDate())
                + String.format(" %02d:%02d", tehran.getHour(), tehran.getMinute());
        return PersianText.localizeDigits(text, locale);
    }
}
