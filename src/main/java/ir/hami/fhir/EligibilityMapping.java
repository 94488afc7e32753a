package ir.hami.fhir;

import ir.hami.eligibility.Eligibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.BenefitComponent;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.EligibilityResponsePurpose;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UnsignedIntType;

/**
 * A centre's CoverageEligibilityRequest and the answer: the insurance in force with one benefit item per cover of the
 * plan: the annual ceiling ({@code benefit} allowed), what is used and, as our own benefit type, what remains; the
 * franchise as {@code copay-percent}. When not covered the answer has no insurance and says why in
 * {@code disposition} (nothing about the person is revealed, as in the JSON API).
 */
public final class EligibilityMapping {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private EligibilityMapping() {
    }

    /** The patient the request is about. @throws FhirException 400 */
    public static PatientRefs.Named patientOf(CoverageEligibilityRequest request) {
        return PatientRefs.of(request.getPatient(), request, null);
    }

    public static CoverageEligibilityResponse response(CoverageEligibilityRequest request, Eligibility e,
                                                       List<CoverBalances.Balance> balances, Instant now) {
        CoverageEligibilityResponse r = new CoverageEligibilityResponse();
        r.setId(java.util.UUID.randomUUID().toString());
        r.setStatus(CoverageEligibilityResponse.EligibilityResponseStatus.ACTIVE);
        r.addPurpose(EligibilityResponsePurpose.VALIDATION);
        r.addPurpose(EligibilityResponsePurpose.BENEFITS);
        r.setCreated(Date.from(now));
        r.setOutcome(Enumerations.RemittanceOutcome.COMPLETE);
        Reference patient = new Reference().setIdentifier(nationalId(e.getNationalId()));
        if (e.isCovered()) {
            patient.setDisplay(e.getFullName());
        }
        r.setPatient(patient);
        Reference asked = new Reference().setDisplay("CoverageEligibilityRequest");
        if (request != null && request.hasIdentifier()) {
            asked.setIdentifier(request.getIdentifierFirstRep().copy());
        }
        r.setRequest(asked);
        r.getServicedDateType().setValueAsString(e.getCheckedOn().toString());
        if (!e.isCovered()) {
            r.setInsurer(new Reference().setDisplay("Hami"));
            r.setDisposition(notCovered(e));
            return r;
        }
        r.setInsurer(new Reference().setDisplay(e.getInsurer()));
        r.setDisposition("Covered / دارای پوشش");
        CoverageEligibilityResponse.InsuranceComponent insurance = r.addInsurance();
        insurance.setCoverage(new Reference()
                .setIdentifier(new Identifier().setSystem(FhirSystems.CONTRACT_NUMBER).setValue(e.getContractNumber()))
                .setDisplay(e.getPolicyholder() + " — " + e.getContractNumber()));
        insurance.setInforce(true);
        insurance.setBenefitPeriod(period(e.getCoveredFrom(), e.getCoveredTo()));
        for (CoverBalances.Balance b : balances) {
            CoverageEligibilityResponse.ItemsComponent item = insurance.addItem();
            item.setCategory(cover(b));
            item.setName(b.title());
            item.setNetwork(new CodeableConcept(new Coding(FhirSystems.HL7_BENEFIT_NETWORK, "in", "In Network")));
            item.setUnit(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/benefit-unit",
                    b.familyCeiling() ? "family" : "individual", b.familyCeiling() ? "Family" : "Individual")));
            item.setTerm(new CodeableConcept(new Coding(FhirSystems.HL7_BENEFIT_TERM, "annual", "Annual")));
            item.addBenefit(new BenefitComponent(new CodeableConcept(
                    new Coding(FhirSystems.HL7_BENEFIT_TYPE, "benefit", "Benefit")))
                    .setAllowed(Fhir.rials(b.ceiling())).setUsed(Fhir.rials(b.used())));
            item.addBenefit(new BenefitComponent(new CodeableConcept(
                    new Coding(FhirSystems.BENEFIT_TYPE, "remaining", "Remaining of the ceiling")))
                    .setAllowed(Fhir.rials(b.remaining())));
            item.addBenefit(new BenefitComponent(new CodeableConcept(
                    new Coding(FhirSystems.HL7_BENEFIT_TYPE, "copay-percent", "Copayment Percent per service")))
                    .setAllowed(new UnsignedIntType(b.franchisePercent())));
        }
        return r;
    }

    static CodeableConcept cover(CoverBalances.Balance b) {
        CodeableConcept c = new CodeableConcept().setText(b.title());
        if (b.kind() != null) {
            c.addCoding(new Coding(FhirSystems.COVER_KIND, b.kind().name(), null));
        }
        return c;
    }

    static String notCovered(Eligibility e) {
        String date = e.getReasonDate() == null ? "" : " (" + e.getReasonDate() + ")";
        return switch (e.getReason()) {
            case EXPIRED -> "Not covered: coverage ended" + date + " / پوشش بیمه‌ای به پایان رسیده است";
            case NOT_STARTED -> "Not covered: coverage not started yet" + date + " / پوشش بیمه‌ای هنوز آغاز نشده است";
            case NOT_FOUND -> "Not covered: no coverage for this national ID / برای این کد ملی پوششی یافت نشد";
            default -> "Not covered: " + e.getReason().name() + " / فاقد پوشش";
        };
    }

    static Identifier nationalId(String value) {
        return new Identifier().setSystem(FhirSystems.NATIONAL_ID).setValue(value);
    }

    static Period period(LocalDate from, LocalDate to) {
        Period p = new Period();
        if (from != null) {
            p.getStartElement().setValueAsString(from.toString());
        }
        if (to != null) {
            p.getEndElement().setValueAsString(to.toString());
        }
        return p;
    }
}
