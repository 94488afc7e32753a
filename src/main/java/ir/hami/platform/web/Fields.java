package ir.hami.platform.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

/**
 * A service's refusal beside its field, the field keeping what the person typed or chose (marked invalid after the
 * model was updated, an input would otherwise show itself empty).
 */
public final class Fields {

    private Fields() {
    }

    public static void error(String clientId, String key, Object... args) {
        Texts.error(clientId, key, args);
        FacesContext context = FacesContext.getCurrentInstance();
        if (clientId == null || context.getViewRoot() == null) {
            return;
        }
        // an invalid input reports an empty submitted value (INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL) where
        // it has none: after the model was updated, that is the case to fill
        if (context.getViewRoot().findComponent(clientId) instanceof UIInput input
                && (input.getSubmittedValue() == null || "".equals(input.getSubmittedValue()))) {
            Object value = input.getValue();
            if (value == null) {
                return;
            }
            @SuppressWarnings("unchecked")
            Converter<Object> converter = input.getConverter();
            input.setSubmittedValue(converter != null ? converter.getAsString(context, input, value) : value.toString());
        }
    }
}
