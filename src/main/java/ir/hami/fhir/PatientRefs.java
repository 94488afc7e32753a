package ir.hami.fhir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * How a centre names the patient in a request: by national ID ({@link FhirSystems#NATIONAL_ID}), in one of three
 * ways, as the CapabilityStatement says: a contained Patient ({@code "#p1"}) or a Patient entry of the Bundle
 * (by fullUrl) with that identifier; a conditional reference {@code Patient?identifier=<system>|<id>}; or a logical
 * reference ({@code reference.identifier}).
 */
public final class PatientRefs {

    /** The patient as the request names them: national ID as sent (validated by the service) and birth date. */
    public record Named(String nationalId, LocalDate birthDate) {
    }

    private PatientRefs() {
    }

    /**
     * @throws FhirException 400 when the patient is not named by national ID in one of the accepted ways
     */
    public static Named of(Reference ref, DomainResource holder, Bundle bundle) {
        if (ref == null || ref.isEmpty()) {
            throw missing();
        }
        if (ref.hasIdentifier()) {
            return new Named(nationalId(ref.getIdentifier()), null);
        }
        String reference = ref.getReference();
        if (reference == null) {
            throw missing();
        }
        if (reference.startsWith("#")) {
            for (Resource r : holder.getContained()) {
                if (r instanceof Patient p && reference.substring(1).equals(p.getIdElement().getIdPart())) {
                    return of(p);
                }
            }
            throw missing();
        }
        if (reference.startsWith("Patient?identifier=")) {
            String value = URLDecoder.decode(reference.substring("Patient?identifier=".length()),
                    StandardCharsets.UTF_8);
            int bar = value.indexOf('|');
            if (bar < 0 || !FhirSystems.NATIONAL_ID.equals(value.substring(0, bar))) {
                throw missing();
            }
            return new Named(value.substring(bar + 1), null);
        }
        if (bundle != null) {
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                if (e.getResource() instanceof Patient p && (reference.equals(e.getFullUrl())
                        || reference.equals("Patient/" + p.getIdElement().getIdPart()))) {
                    return of(p);
                }
            }
        }
        throw missing();
    }

    static Named of(Patient p) {
        for (Identifier id : p.getIdentifier()) {
            if (FhirSystems.NATIONAL_ID.equals(id.getSystem())) {
                String day = p.getBirthDateElement().getValueAsString();
                LocalDate birth = day != null && day.length() == 10 ? LocalDate.parse(day) : null;
                return new Named(id.getValue(), birth);
            }
        }
        throw missing();
    }

    private static String nationalId(Identifier id) {
        if (!FhirSystems.NATIONAL_ID.equals(id.getSystem()) || id.getValue() == null) {
            throw missing();
        }
        return id.getValue();
    }

    static FhirException missing() {
        return FhirException.invalid("Name the patient by national ID (system " + FhirSystems.NATIONAL_ID
                        + "): a contained Patient, Patient?identifier=" + FhirSystems.NATIONAL_ID
                        + "|<id>, or reference.identifier.",
                "بیمار باید با کد ملی مشخص شود");
    }
}
