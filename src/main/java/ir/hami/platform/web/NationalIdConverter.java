package ir.hami.platform.web;

import ir.hami.platform.id.NationalId;
import ir.hami.platform.text.PersianText;
import jakarta.faces.convert.FacesConverter;

import java.util.Locale;

/**
 * Converter {@code nationalId}: the model is the String of ten ASCII digits of a
 * valid {@link NationalId}; shown with Persian digits to Persian readers; invalid
 * input is refused with {@code nationalId.format} or {@code nationalId.invalid}.
 */
@FacesConverter("nationalId")
public class NationalIdConverter extends LocalizedConverter<String> {

    @Override
    protected String toModel(String text) {
        return NationalId.parse(text).value();
    }

    @Override
    protected String toDisplay(String value, Locale locale) {
        return PersianText.localizeDigits(value, locale);
    }
}
