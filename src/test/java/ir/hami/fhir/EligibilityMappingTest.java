package ir.hami.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.eligibility.CoverLine;
import ir.hami.eligibility.Eligibility;
import ir.hami.eligibility.Reason;
import ir.hami.membership.CoverKind;
import ir.hami.membership.Relation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class EligibilityMappingTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static CoverageEligibilityRequest request(Reference patient) {
        CoverageEligibilityRequest r = new CoverageEligibilityRequest();
        r.setStatus(CoverageEligibilityRequest.EligibilityRequestStatus.ACTIVE);
        r.addPurpose(CoverageEligibilityRequest.EligibilityRequestPurpose.BENEFITS);
        r.setPatient(patient);
        r.setCreated(java.util.Date.from(NOW));
        r.setInsurer(new Reference().setDisplay("any"));
        r.addIdentifier(new Identifier().setSystem("urn:his").setValue("q-1"));
        return r;
    }

    @Test
    void containedPatientNamesTheNationalIdAndBirthDate() {
        CoverageEligibilityRequest r = request(new Reference("#p"));
        Patient p = new Patient();
        p.setId("p");
        p.addIdentifier(EligibilityMapping.nationalId("0012345679"));
        p.getBirthDateElement().setValueAsString("1985-03-21");
        r.addContained(p);
        PatientRefs.Named named = EligibilityMapping.patientOf(FhirChecks.valid(r));
        assertEquals("0012345679", named.nationalId());
        assertEquals(LocalDate.of(1985, 3, 21), named.birthDate());
    }

    @Test
    void conditionalAndLogicalReferencesAreAccepted() {
        assertEquals("0012345679", EligibilityMapping.patientOf(request(new Reference(
                "Patient?identifier=" + FhirSystems.NATIONAL_ID + "|0012345679"))).nationalId());
        assertEquals("0012345679", EligibilityMapping.patientOf(request(new Reference()
                .setIdentifier(EligibilityMapping.nationalId("0012345679")))).nationalId());
    }

    @Test
    void aPatientNotNamedByNationalIdIsRefused() {
        FhirException e = assertThrows(FhirException.class,
                () -> EligibilityMapping.patientOf(request(new Reference("Patient/12"))));
        assertEquals(400, e.status());
        assertThrows(FhirException.class, () -> EligibilityMapping.patientOf(request(new Reference(
                "Patient?identifier=urn:other|0012345679"))));
    }

    @Test
    void coveredAnswerCarriesEachCoversCeilingUsedRemainingAndFranchise() {
        Eligibility e = Eligibility.covered("0012345679", LocalDate.of(2026, 12, 3), "علی کریمی", "بیمه دانا",
                "K-1", "شرکت نفت", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "علی کریمی", Relation.SELF,
                List.of(new CoverLine("بستری", 500_000_000L, 10)));
        List<CoverBalances.Balance> covers = List.of(
                new CoverBalances.Balance(1, "بستری", CoverKind.values()[0], false, 500_000_000L, 120_000_000L, 10),
                new CoverBalances.Balance(2, "دندانپزشکی", null, true, 20_000_000L, 25_000_000L, 30));
        CoverageEligibilityResponse r = FhirChecks.valid(EligibilityMapping.response(
                request(new Reference("#p")), e, covers, NOW));
        assertEquals("بیمه دانا", r.getInsurer().getDisplay());
        CoverageEligibilityResponse.InsuranceComponent insurance = r.getInsuranceFirstRep();
        assertTrue(insurance.getInforce());
        assertEquals("2026-01-01", insurance.getBenefitPeriod().getStartElement().getValueAsString());
        assertEquals(2, insurance.getItem().size());
        CoverageEligibilityResponse.ItemsComponent first = insurance.getItem().get(0);
        assertEquals("بستری", first.getName());
        assertEquals(new BigDecimal(500_000_000L), first.getBenefit().get(0).getAllowedMoney().getValue());
        assertEquals("IRR", first.getBenefit().get(0).getAllowedMoney().getCurrency());
        assertEquals(new BigDecimal(120_000_000L), first.getBenefit().get(0).getUsedMoney().getValue());
        assertEquals(new BigDecimal(380_000_000L), first.getBenefit().get(1).getAllowedMoney().getValue());
        assertEquals(10, first.getBenefit().get(2).getAllowedUnsignedIntType().getValue());
        // used beyond the ceiling: nothing remains, never a negative amount
        assertEquals(BigDecimal.ZERO, insurance.getItem().get(1).getBenefit().get(1).getAllowedMoney().getValue());
        assertEquals("q-1", r.getRequest().getIdentifier().getValue());
    }

    @Test
    void notCoveredRevealsNothingButTheReason() {
        Eligibility e = Eligibility.notCovered("0012345679", LocalDate.of(2026, 12, 3), Reason.EXPIRED,
                LocalDate.of(2026, 6, 1));
        CoverageEligibilityResponse r = FhirChecks.valid(EligibilityMapping.response(null, e, List.of(), NOW));
        assertFalse(r.hasInsurance());
        assertNull(r.getPatient().getDisplay());
        assertTrue(r.getDisposition().contains("2026-06-01"));
    }

    @Test
    void capabilityStatementAndOutcomesAreValid() {
        FhirChecks.valid(Capability.statement("http://localhost/fhir", java.util.Date.from(NOW)));
        FhirChecks.valid(Outcomes.outcome(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.ERROR, "invalid",
                "Malformed national ID", "کد ملی باید ۱۰ رقم باشد"));
    }

    @Test
    void theValidatorRefusesAResponseWithoutItsRequiredElements() {
        org.opentest4j.AssertionFailedError e = assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> FhirChecks.valid(new CoverageEligibilityResponse()));
        assertTrue(e.getMessage().contains("status"), e.getMessage());
    }
}
