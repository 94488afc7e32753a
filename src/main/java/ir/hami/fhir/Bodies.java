package ir.hami.fhir;

import jakarta.ws.rs.core.Response;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Request bodies read with HAPI's parser, answers written with it as {@code application/fhir+json}. */
final class Bodies {

    /** The longest body read (a PAS bundle with a few resources is a few kB). */
    static final int MAX_CHARS = 512 * 1024;

    private Bodies() {
    }

    static <T extends IBaseResource> T parse(String body, Class<T> type) {
        IBaseResource r = parseAny(body);
        if (!type.isInstance(r)) {
            throw FhirException.invalid("Expected a " + type.getSimpleName() + " resource, got "
                    + r.fhirType() + ".", "نوع منبع ارسال‌شده درست نیست");
        }
        return type.cast(r);
    }

    static Resource parseAny(String body) {
        if (body == null || body.isBlank()) {
            throw FhirException.invalid("The request has no body.", "بدنه درخواست خالی است");
        }
        if (body.length() > MAX_CHARS) {
            throw new FhirException(413, "too-long", "The body is too large.", "حجم درخواست بیش از حد مجاز است");
        }
        return (Resource) Fhir.json().parseResource(body);
    }

    /** The resource of this type: the body itself, or the first entry of a Bundle of that type. */
    static <T extends Resource> T resourceOrEntry(Resource body, Class<T> type) {
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        if (body instanceof Bundle b) {
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                if (type.isInstance(e.getResource())) {
                    return type.cast(e.getResource());
                }
            }
        }
        throw FhirException.invalid("Expected a " + type.getSimpleName() + " (or a Bundle with one).",
                "منبع " + type.getSimpleName() + " در درخواست یافت نشد");
    }

    static Response ok(IBaseResource resource) {
        return Response.ok(Fhir.toJson(resource), Outcomes.JSON).header("Cache-Control", "no-store").build();
    }
}
