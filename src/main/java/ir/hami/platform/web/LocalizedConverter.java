package ir.hami.platform.web;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

import java.util.Locale;

/**
 * Base of the platform converters.
 *
 * <p>Rule: blank input is {@code null} (required-ness is the component's business),
 * a {@code null} value is shown as the empty string; invalid input becomes a
 * {@link ConverterException} with an error {@link FacesMessage} whose text is the
 * {@link ValidationException}'s key looked up in the bundle for the view's locale.
 *
 * @param <T> the model type
 */
public abstract class LocalizedConverter<T> implements Converter<T> {

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        String text = PersianText.normalize(value);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return toModel(text);
        } catch (ValidationException e) {
            throw failure(e, locale(context));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : toDisplay(value, locale(context));
    }

    /**
     * @param text the submitted text, normalised, not blank
     * @return the model value
     * @throws ValidationException if the text is not valid
     */
    protected abstract T toModel(String text);

    /**
     * @param value  the model value, not {@code null}
     * @param locale the reader's locale
     * @return the text shown in the page
     */
    protected abstract String toDisplay(T value, Locale locale);

    /** @return base name of the bundle of error texts */
    protected String bundle() {
        return Messages.BUNDLE;
    }

    /**
     * @param e      the refusal
     * @param locale the reader's locale
     * @return the exception JSF shows as an error message next to the field
     */
    protected ConverterException failure(ValidationException e, Locale locale) {
        String text = Messages.text(bundle(), e.key(), e.args(), locale);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }

    /**
     * @param context the faces context, may be {@code null}
     * @return the view's locale, else the application's default locale, else Persian
     */
    protected static Locale locale(FacesContext context) {
        if (context != null && context.getViewRoot() != null && context.getViewRoot().getLocale() != null) {
            return context.getViewRoot().getLocale();
        }
        if (context != null && context.getApplication() != null
                && context.getApplication().getDefaultLocale() != null) {
            return context.getApplication().getDefaultLocale();
        }
        return PersianText.PERSIAN;
    }
}
