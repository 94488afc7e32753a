package ir.hami.platform.web;

import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.text.PersianText;
import jakarta.faces.convert.FacesConverter;

import java.util.Locale;

/**
 * Converter {@code mobile}: the model is the canonical String {@code 09xxxxxxxxx} of
 * a valid {@link MobileNumber}; shown with Persian digits to Persian readers; invalid
 * input is refused with {@code mobile.invalid}.
 */
@FacesConverter("mobile")
public class MobileConverter extends LocalizedConverter<String> {

    @Override
    protected String toModel(String text) {
        return MobileNumber.parse(text).value();
    }

    @Override
    protected String toDisplay(String value, Locale locale) {
        return PersianText.localizeDigits(value, locale);
    }
}
