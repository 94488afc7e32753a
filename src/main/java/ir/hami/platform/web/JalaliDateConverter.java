package ir.hami.platform.web;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Converter {@code jalaliDate}: a {@link LocalDate} shown and typed as a Jalali date,
 * {@code ۱۳۹۸/۰۶/۱۴} for Persian readers and {@code 1398/06/14} for others; reads
 * what {@link Jalali#parse(String)} accepts, refuses the rest with
 * {@code date.invalid}.
 */
@FacesConverter("jalaliDate")
public class JalaliDateConverter extends LocalizedConverter<LocalDate> {

    @Override
    protected LocalDate toModel(String text) {
        return Jalali.parse(text);
    }

    @Override
    protected String toDisplay(LocalDate value, Locale locale) {
        return PersianText.localizeDigits(Jalali.format(value), locale);
    }
}
