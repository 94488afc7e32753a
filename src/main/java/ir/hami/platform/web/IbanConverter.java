package ir.hami.platform.web;

import ir.hami.platform.id.Iban;
import ir.hami.platform.text.PersianText;
import jakarta.faces.convert.FacesConverter;

import java.util.Locale;

/**
 * Converter {@code iban}: the model is the compact String {@code IR} + 24 digits of a
 * valid {@link Iban}; shown grouped by four (a stored value that is not a valid IBAN
 * is shown as it is), with Persian digits to Persian readers; invalid input is
 * refused with {@code iban.format} or {@code iban.checksum}.
 */
@FacesConverter("iban")
public class IbanConverter extends LocalizedConverter<String> {

    @Override
    protected String toModel(String text) {
        return Iban.parse(text).value();
    }

    @Override
    protected String toDisplay(String value, Locale locale) {
        String shown = Iban.isValid(value) ? Iban.parse(value).formatted() : value;
        return PersianText.localizeDigits(shown, locale);
    }
}
