package ir.hami.fhir;

import ir.hami.claims.Claim;
import ir.hami.claims.ClaimChannel;
import ir.hami.claims.ClaimItem;
import ir.hami.claims.ClaimView;
import ir.hami.claims.CeilingLine;
import ir.hami.claims.DeductionKind;
import ir.hami.membership.Gender;
import ir.hami.membership.MemberInquiry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.ExplanationOfBenefit.AdjudicationComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * The member's records in the CARIN Blue Button style: Patient and Coverage from the member inquiry, and each
 * assessed claim as an ExplanationOfBenefit whose adjudications carry what was requested ({@code submitted}), the
 * deductions by kind (franchise as {@code coinsurance}, over ceiling and out of tariff as ours, not covered as
 * {@code noncovered}) and what was paid ({@code paidtoprovider} for a centre's direct billing, {@code paidtopatient}
 * for a member's reimbursement), with the payment date, and a {@code benefitBalance} per cover. Ids: Patient = the
 * person's id, Coverage = {@code <personId>-<contractId>}, ExplanationOfBenefit = the claim's id.
 */
public final class MemberMapping {

    private MemberMapping() {
    }

    public static Patient patient(MemberInquiry m) {
        Patient p = new Patient();
        p.setId(String.valueOf(m.personId()));
        p.addIdentifier(EligibilityMapping.nationalId(m.nationalId()));
        if (m.memberCode() != null) {
            p.addIdentifier(new Identifier().setSystem(FhirSystems.MEMBER_CODE).setValue(m.memberCode()));
        }
        p.setActive(true);
        p.addName().setText(m.fullName());
        if (m.gender() != null) {
            p.setGender(m.gender() == Gender.MALE ? Enumerations.AdministrativeGender.MALE
                    : Enumerations.AdministrativeGender.FEMALE);
        }
        if (m.birthDate() != null) {
            p.getBirthDateElement().setValueAsString(m.birthDate().toString());
        }
        if (m.mobile() != null) {
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setUse(ContactPoint.ContactPointUse.MOBILE)
                    .setValue(m.mobile());
        }
        return p;
    }

    public static String coverageId(long personId, long contractId) {
        return personId + "-" + contractId;
    }

    public static Coverage coverage(MemberInquiry m, LocalDate today) {
        Coverage c = new Coverage();
        c.setId(coverageId(m.personId(), m.contractId()));
        boolean inForce = m.policyStart() != null && m.policyEnd() != null && !today.isBefore(m.policyStart())
                && !today.isAfter(m.policyEnd());
        c.setStatus(inForce ? Coverage.CoverageStatus.ACTIVE : Coverage.CoverageStatus.CANCELLED);
        if (m.memberCode() != null) {
            c.addIdentifier(new Identifier().setSystem(FhirSystems.MEMBER_CODE).setValue(m.memberCode()));
            c.setSubscriberId(m.memberCode());
        }
        c.setBeneficiary(new Reference("Patient/" + m.personId()).setDisplay(m.fullName()));
        if (m.relation() != null) {
            String code = switch (m.relation()) {
                case SELF -> "self";
                case SPOUSE -> "spouse";
                case CHILD -> "child";
                case FATHER, MOTHER -> "parent";
                default -> "other";
            };
            c.setRelationship(new CodeableConcept(new Coding(FhirSystems.HL7_RELATIONSHIP, code, null)));
        }
        c.setPeriod(EligibilityMapping.period(m.policyStart(), m.policyEnd()));
        c.addPayor(new Reference().setDisplay(m.insurerName()));
        c.addClass_().setType(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")))
                .setValue(m.contractNumber()).setName(m.policyholderName());
        return c;
    }

    public static ExplanationOfBenefit eob(ClaimView view, List<CeilingLine> ceilings) {
        Claim claim = view.claim();
        ExplanationOfBenefit e = new ExplanationOfBenefit();
        e.setId(String.valueOf(claim.getId()));
        Instant updated = claim.getUpdatedAt() != null ? claim.getUpdatedAt() : claim.getCreatedAt();
        if (updated != null) {
            e.setMeta(new Meta().setLastUpdated(Date.from(updated)));
        }
        e.addIdentifier(new Identifier().setSystem(FhirSystems.CLAIM_TRACKING_CODE).setValue(claim.getTrackingCode()));
        e.setStatus(ExplanationOfBenefit.ExplanationOfBenefitStatus.ACTIVE);
        e.setType(new CodeableConcept(new Coding(FhirSystems.HL7_CLAIM_TYPE, "professional", "Professional")));
        e.setUse(ExplanationOfBenefit.Use.CLAIM);
        e.setPatient(new Reference("Patient/" + claim.getPersonId()).setDisplay(claim.getPatientName()));
        if (claim.getServiceDate() != null) {
            e.setBillablePeriod(EligibilityMapping.period(claim.getServiceDate(), claim.getServiceDate()));
        }
        Instant created = claim.getRegisteredAt() != null ? claim.getRegisteredAt() : claim.getCreatedAt();
        e.setCreated(Date.from(created));
        e.setInsurer(new Reference().setDisplay(view.names().insurer()));
        e.setProvider(new Reference().setDisplay(claim.getCenterName() != null ? claim.getCenterName()
                : view.names().center() != null ? view.names().center() : claim.getPatientName()));
        e.setOutcome(ExplanationOfBenefit.RemittanceOutcome.COMPLETE);
        e.setDisposition(claim.getState().name());
        boolean direct = claim.getChannel() == ClaimChannel.CENTER;
        e.setPayee(new ExplanationOfBenefit.PayeeComponent().setType(new CodeableConcept(new Coding(
                FhirSystems.HL7_PAYEE_TYPE, direct ? "provider" : "subscriber", null))));
        e.addInsurance().setFocal(true).setCoverage(new Reference("Coverage/"
                + coverageId(claim.getPersonId(), claim.getContractId())).setDisplay(view.names().contractNumber()));
        String paidCode = direct ? "paidtoprovider" : "paidtopatient";

        int seq = 1;
        for (ClaimItem item : view.items()) {
            ExplanationOfBenefit.ItemComponent line = e.addItem().setSequence(item.getLineNo() > 0 ? item.getLineNo() : seq);
            seq++;
            line.setProductOrService(new CodeableConcept().setText(item.getTitle()));
            if (claim.getServiceDate() != null) {
                line.getServicedDateType().setValueAsString(claim.getServiceDate().toString());
            }
            if (item.getQuantity() > 0) {
                line.getQuantity().setValue(item.getQuantity());
            }
            line.setNet(Fhir.rials(item.getTotalAmount()));
            line.addAdjudication(adjudication(FhirSystems.HL7_ADJUDICATION, "submitted", "Submitted Amount",
                    item.getTotalAmount()));
            for (ClaimView.DeductionGroup g : view.deductions()) {
                long amount = g.lines().stream().filter(l -> item.getTitle() != null && item.getTitle().equals(l.item()))
                        .mapToLong(ClaimView.DeductionLine::amount).sum();
                if (amount > 0) {
                    line.addAdjudication(deduction(g.kind(), amount));
                }
            }
            line.addAdjudication(adjudication(FhirSystems.CARIN_ADJUDICATION, paidCode, null,
                    item.getPayableAmount()));
        }

        // the claim's totals: requested, each deduction kind, paid
        long requested = claim.getTotalAmount() != null ? claim.getTotalAmount()
                : claim.getRequestedAmount() != null ? claim.getRequestedAmount() : 0;
        e.addTotal(total(FhirSystems.HL7_ADJUDICATION, "submitted", "Submitted Amount", requested));
        addTotal(e, DeductionKind.FRANCHISE, claim.getFranchiseAmount());
        addTotal(e, DeductionKind.OVER_CEILING, claim.getOverCeilingAmount());
        addTotal(e, DeductionKind.OUT_OF_TARIFF, claim.getOutOfTariffAmount());
        addTotal(e, DeductionKind.NOT_COVERED, claim.getNotCoveredAmount());
        long payable = claim.getPayableAmount() == null ? 0 : claim.getPayableAmount();
        e.addTotal(total(FhirSystems.CARIN_ADJUDICATION, paidCode, null, payable));

        LocalDate paidOn = claim.getDepositedOn() != null ? claim.getDepositedOn() : claim.getPaymentIssuedOn();
        ExplanationOfBenefit.PaymentComponent payment = e.getPayment();
        payment.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/ex-paymenttype",
                paidOn != null && claim.getDepositedOn() != null ? "complete" : "partial", null)));
        payment.setAmount(Fhir.rials(payable));
        if (paidOn != null) {
            payment.getDateElement().setValueAsString(paidOn.toString());
        }
        if (claim.getRemittanceNumber() != null) {
            payment.setIdentifier(new Identifier().setValue(claim.getRemittanceNumber()));
        }

        for (CeilingLine c : ceilings) {
            ExplanationOfBenefit.BenefitBalanceComponent b = e.addBenefitBalance();
            CodeableConcept category = new CodeableConcept().setText(c.title());
            if (c.kind() != null) {
                category.addCoding(new Coding(FhirSystems.COVER_KIND, c.kind().name(), null));
            }
            b.setCategory(category).setName(c.title());
            b.setUnit(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/benefit-unit",
                    c.familyCeiling() ? "family" : "individual", null)));
            b.setTerm(new CodeableConcept(new Coding(FhirSystems.HL7_BENEFIT_TERM, "annual", null)));
            b.addFinancial().setType(new CodeableConcept(new Coding(FhirSystems.HL7_BENEFIT_TYPE, "benefit", "Benefit")))
                    .setAllowed(Fhir.rials(c.ceiling())).setUsed(Fhir.rials(c.used()));
            b.addFinancial().setType(new CodeableConcept(new Coding(FhirSystems.BENEFIT_TYPE, "remaining",
                    "Remaining of the ceiling"))).setAllowed(Fhir.rials(c.remaining()));
        }
        return e;
    }

    private static void addTotal(ExplanationOfBenefit e, DeductionKind kind, Long amount) {
        if (amount != null && amount > 0) {
            Coding c = code(kind);
            e.addTotal(total(c.getSystem(), c.getCode(), c.getDisplay(), amount));
        }
    }

    static Coding code(DeductionKind kind) {
        return switch (kind) {
            case FRANCHISE -> new Coding(FhirSystems.CARIN_ADJUDICATION, "coinsurance", "Co-insurance");
            case OVER_CEILING -> new Coding(FhirSystems.ADJUDICATION, "over-ceiling", "Over the cover's ceiling");
            case OUT_OF_TARIFF -> new Coding(FhirSystems.ADJUDICATION, "out-of-tariff", "Above the tariff");
            case NOT_COVERED -> new Coding(FhirSystems.CARIN_ADJUDICATION, "noncovered", "Noncovered");
        };
    }

    private static AdjudicationComponent deduction(DeductionKind kind, long amount) {
        Coding c = code(kind);
        return adjudication(c.getSystem(), c.getCode(), c.getDisplay(), amount);
    }

    private static AdjudicationComponent adjudication(String system, String code, String display, long amount) {
        return new AdjudicationComponent(new CodeableConcept(new Coding(system, code, display)))
                .setAmount(Fhir.rials(amount));
    }

    private static ExplanationOfBenefit.TotalComponent total(String system, String code, String display, long amount) {
        return new ExplanationOfBenefit.TotalComponent(new CodeableConcept(new Coding(system, code, display)),
                Fhir.rials(amount));
    }
}
