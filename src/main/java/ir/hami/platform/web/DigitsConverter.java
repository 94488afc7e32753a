package ir.hami.platform.web;

import ir.hami.platform.text.PersianText;
import jakarta.faces.convert.FacesConverter;

import java.util.Locale;

/**
 * Converter {@code digits}: any value (a number, a code, a phone) shown as its text with the reader's digits,
 * Persian digits for Persian readers; typed text is read back as normalised text with ASCII digits.
 */
@FacesConverter("digits")
public class DigitsConverter extends LocalizedConverter<Object> {

    @Override
    protected Object toModel(String text) {
        return text;
    }

    @Override
    protected String toDisplay(Object value, Locale locale) {
        return PersianText.localizeDigits(String.valueOf(value), locale);
    }
}
