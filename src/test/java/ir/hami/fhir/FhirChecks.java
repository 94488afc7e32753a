package ir.hami.fhir;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Test only: HAPI's {@link FhirValidator} against base R4 and a strict round trip through HAPI's JSON parser.
 * The validator checks the standard R4 schema (structure, cardinality, data types and the required value sets the
 * schema enumerates) from {@code hapi-fhir-validation-resources-r4}. HAPI's instance validator
 * ({@code hapi-fhir-validation}, profiles and terminology) is not available from this machine's registry.
 */
public final class FhirChecks {

    private static final class Holder {
        static final FhirValidator VALIDATOR = Fhir.context().newValidator()
                .setValidateAgainstStandardSchema(true)
                .setValidateAgainstStandardSchematron(false);
    }

    private FhirChecks() {
    }

    /** Validates, then writes and reads back strictly (unknown elements or bad values fail). */
    public static <T extends IBaseResource> T valid(T resource) {
        ValidationResult result = Holder.VALIDATOR.validateWithResult(resource);
        String errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).collect(Collectors.joining("\n"));
        if (!errors.isEmpty()) {
            fail("Not valid R4 " + resource.fhirType() + ":\n" + errors + "\n" + Fhir.toJson(resource));
        }
        String json = Fhir.toJson(resource);
        IParser strict = Fhir.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        IBaseResource back = strict.parseResource(resource.getClass(), json);
        assertTrue(back.getClass() == resource.getClass());
        return resource;
    }

    /** Validates a resource received as JSON (parsed strictly). */
    public static IBaseResource validJson(String json) {
        IParser strict = Fhir.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        return valid(strict.parseResource(json));
    }

    // ---- building entities with no public constructor, for mapper tests

    public static <T> T newEntity(Class<T> type) {
        try {
            Constructor<T> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T set(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
