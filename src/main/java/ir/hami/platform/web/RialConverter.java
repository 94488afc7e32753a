package ir.hami.platform.web;

import ir.hami.platform.money.Rial;
import jakarta.faces.convert.FacesConverter;

import java.util.Locale;

/**
 * Converter {@code rial}: a {@link Long} amount of Rials grouped by thousands,
 * {@code ۳٬۱۴۶٬۰۰۰} for Persian readers and {@code 3,146,000} for others; reads what
 * {@link Rial#parse(String)} accepts, refuses the rest with {@code amount.invalid}.
 */
@FacesConverter("rial")
public class RialConverter extends LocalizedConverter<Long> {

    @Override
    protected Long toModel(String text) {
        return Rial.parse(text);
    }

    @Override
    protected String toDisplay(Long value, Locale locale) {
        return Rial.format(value, locale);
    }
}
