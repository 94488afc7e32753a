package ir.hami.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.referral.ReferralRequest;
import ir.hami.referral.ReferralStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class PriorAuthMappingTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    /** Tomorrow in Tehran: an admission the desk accepts whenever the test runs. */
    static final LocalDate ADMISSION = LocalDate.now(java.time.ZoneId.of("Asia/Tehran")).plusDays(1);

    /** A PAS-style request Bundle: the Claim first, the Patient as an entry. */
    static Bundle pasBundle(String nationalId, Long procedureId, String cause, String claimId) {
        Patient p = new Patient();
        p.setId("pat1");
        p.addIdentifier(EligibilityMapping.nationalId(nationalId));
        Claim c = new Claim();
        c.setStatus(Claim.ClaimStatus.ACTIVE);
        c.setType(new CodeableConcept(new Coding(FhirSystems.HL7_CLAIM_TYPE, "institutional", null)));
        c.setUse(Claim.Use.PREAUTHORIZATION);
        c.setPatient(new Reference("urn:uuid:pat1"));
        c.setCreated(java.util.Date.from(NOW));
        c.setProvider(new Reference().setDisplay("بیمارستان آزمون"));
        c.setPriority(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/processpriority",
                "normal", null)));
        c.setInsurer(new Reference().setDisplay("Hami"));
        c.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference().setDisplay("coverage"));
        if (claimId != null) {
            c.addIdentifier(new Identifier().setSystem(FhirSystems.CENTER_CLAIM_ID).setValue(claimId));
        }
        c.addCareTeam().setSequence(1).setProvider(new Reference().setDisplay("دکتر رضایی"));
        Claim.ItemComponent item = c.addItem().setSequence(1);
        CodeableConcept what = new CodeableConcept();
        if (procedureId != null) {
            what.addCoding(new Coding(PriorAuthMapping.PROCEDURE_SYSTEM, String.valueOf(procedureId), null));
        }
        if (cause != null) {
            what.setText(cause);
        }
        item.setProductOrService(what);
        item.getServicedDateType().setValueAsString(ADMISSION.toString());
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.addEntry().setFullUrl("urn:uuid:claim1").setResource(c);
        b.addEntry().setFullUrl("urn:uuid:pat1").setResource(p);
        return b;
    }

    @Test
    void aPasBundleNamesPatientProcedurePhysicianAndAdmission() {
        Bundle b = FhirChecks.valid(pasBundle("0012345679", 7L, "آنژیوگرافی", "c-1"));
        PriorAuthMapping.Ask ask = PriorAuthMapping.ask(Bodies.resourceOrEntry(b, Claim.class), b);
        assertEquals("0012345679", ask.patient().nationalId());
        assertEquals(7L, ask.procedureId());
        assertEquals("آنژیوگرافی", ask.cause());
        assertEquals("دکتر رضایی", ask.physician());
        assertEquals(ADMISSION, ask.admission());
        assertEquals(FhirSystems.CENTER_CLAIM_ID + "|c-1", ask.centerClaimId());
    }

    @Test
    void onlyPreauthorizationIsAccepted() {
        Bundle b = pasBundle("0012345679", null, "x", null);
        Claim c = Bodies.resourceOrEntry(b, Claim.class).setUse(Claim.Use.CLAIM);
        assertEquals(400, assertThrows(FhirException.class, () -> PriorAuthMapping.ask(c, b)).status());
    }

    @Test
    void theFormKeyIsStablePerKeyAndClaimAndDiffersAcrossCentres() {
        assertEquals(PriorAuthMapping.formKey("api:a", null, "s|1"), PriorAuthMapping.formKey("api:a", null, "s|1"));
        assertNotEquals(PriorAuthMapping.formKey("api:a", null, "s|1"), PriorAuthMapping.formKey("api:b", null, "s|1"));
        assertNotEquals(PriorAuthMapping.formKey("api:a", "k", "s|1"), PriorAuthMapping.formKey("api:a", null, "s|1"));
        assertNull(PriorAuthMapping.formKey("api:a", " ", null));
    }

    static ReferralRequest request(ReferralStatus status) {
        ReferralRequest r = FhirChecks.newEntity(ReferralRequest.class);
        FhirChecks.set(r, "id", 41L);
        FhirChecks.set(r, "trackingCode", "R-123");
        FhirChecks.set(r, "nationalId", "0012345679");
        FhirChecks.set(r, "patientName", "علی کریمی");
        FhirChecks.set(r, "status", status);
        if (status == ReferralStatus.ISSUED) {
            FhirChecks.set(r, "letterNumber", "L-1405-41");
            FhirChecks.set(r, "letterValidFrom", LocalDate.of(2026, 12, 5));
            FhirChecks.set(r, "letterValidTo", LocalDate.of(2026, 12, 11));
            FhirChecks.set(r, "commitmentCeiling", 300_000_000L);
            FhirChecks.set(r, "franchisePercent", 10);
        }
        return r;
    }

    @Test
    void anIssuedLetterIsCompleteWithItsNumberPeriodAndCeiling() {
        ClaimResponse cr = FhirChecks.valid(PriorAuthMapping.response(request(ReferralStatus.ISSUED), "بیمارستان",
                "بیمه دانا", new Identifier().setSystem("urn:his").setValue("c-1"), null, NOW));
        assertEquals(ClaimResponse.RemittanceOutcome.COMPLETE, cr.getOutcome());
        assertEquals("L-1405-41", cr.getPreAuthRef());
        assertEquals("2026-12-11", cr.getPreAuthPeriod().getEndElement().getValueAsString());
        assertEquals(new BigDecimal(300_000_000L), cr.getTotalFirstRep().getAmount().getValue());
        assertEquals("IRR", cr.getTotalFirstRep().getAmount().getCurrency());
    }

    @Test
    void aQueuedRequestIsPended() {
        ClaimResponse cr = FhirChecks.valid(PriorAuthMapping.response(request(ReferralStatus.SUBMITTED), "بیمارستان",
                "بیمه دانا", null, "Needs the unit / نیاز به بررسی", NOW));
        assertEquals(ClaimResponse.RemittanceOutcome.QUEUED, cr.getOutcome());
        assertNull(cr.getPreAuthRef());
        ClaimResponse refused = FhirChecks.valid(PriorAuthMapping.response(request(ReferralStatus.REFUSED), "ب",
                "بیمه", null, null, NOW));
        assertEquals(ClaimResponse.RemittanceOutcome.ERROR, refused.getOutcome());
    }
}
