package ir.hami.fhir;

import ir.hami.platform.web.FormKey;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.ReferralStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Prior authorisation as Da Vinci PAS does it, on the referral desk: a centre's {@code Claim} with
 * {@code use = preauthorization} is its online referral-letter request. Read from the Claim: the patient (national
 * ID, see {@link PatientRefs}), the procedure ({@code item[0].productOrService}: a coding of
 * {@link #PROCEDURE_SYSTEM} naming a procedure of the list by id, or text for a cause typed freely), the physician
 * ({@code careTeam[0].provider.display}) and the admission date ({@code item[0].servicedDate}, else today). The
 * ClaimResponse: outcome complete with {@code preAuthRef} (the letter number), {@code preAuthPeriod} (validity) and
 * the commitment ceiling as the benefit total; or outcome queued ("pended") while the referral unit decides.
 */
public final class PriorAuthMapping {

    public static final String PROCEDURE_SYSTEM = FhirSystems.BASE + "/CodeSystem/referral-procedure";

    /** What the Claim asks for. */
    public record Ask(PatientRefs.Named patient, Long procedureId, String cause, String physician,
                      LocalDate admission, String centerClaimId) {
    }

    private PriorAuthMapping() {
    }

    /** @throws FhirException 400 when it is not a preauthorization Claim naming the patient by national ID */
    public static Ask ask(Claim claim, Bundle bundle) {
        if (claim.getUse() != Claim.Use.PREAUTHORIZATION) {
            throw FhirException.invalid("Claim.use must be preauthorization.",
                    "نوع Claim باید preauthorization (درخواست معرفی‌نامه) باشد");
        }
        PatientRefs.Named patient = PatientRefs.of(claim.getPatient(), claim, bundle);
        Long procedureId = null;
        String cause = null;
        LocalDate admission = null;
        if (claim.hasItem()) {
            Claim.ItemComponent item = claim.getItemFirstRep();
            CodeableConcept what = item.getProductOrService();
            for (Coding c : what.getCoding()) {
                if (PROCEDURE_SYSTEM.equals(c.getSystem()) && c.getCode() != null) {
                    try {
                        procedureId = Long.parseLong(c.getCode());
                    } catch (NumberFormatException e) {
                        throw FhirException.invalid("Unknown procedure code " + c.getCode() + ".",
                                "کد اقدام درمانی معتبر نیست");
                    }
                } else if (cause == null && c.getDisplay() != null) {
                    cause = c.getDisplay();
                }
            }
            if (what.hasText()) {
                cause = what.getText();
            }
            if (item.hasServicedDateType()) {
                admission = LocalDate.parse(item.getServicedDateType().getValueAsString().substring(0, 10));
            }
        }
        String physician = claim.hasCareTeam() ? claim.getCareTeamFirstRep().getProvider().getDisplay() : null;
        String centerClaimId = null;
        for (Identifier id : claim.getIdentifier()) {
            if (id.getValue() != null && !id.getValue().isBlank()) {
                centerClaimId = (id.getSystem() == null ? "" : id.getSystem()) + "|" + id.getValue();
                break;
            }
        }
        return new Ask(patient, procedureId, cause, physician, admission, centerClaimId);
    }

    /**
     * The desk's one-time form key for this centre key's request: derived from the Idempotency-Key header, else from
     * the Claim's identifier, so that a retried submit finds the request the first one made. Null when neither
     * was sent (every submit is then a new request).
     */
    public static FormKey formKey(String actor, String idempotencyKey, String centerClaimId) {
        String basis = idempotencyKey != null && !idempotencyKey.isBlank() ? "idem:" + idempotencyKey.trim()
                : centerClaimId == null ? null : "claim:" + centerClaimId;
        if (basis == null) {
            return null;
        }
        return FormKey.derivedFrom(actor + "\n" + basis);
    }

    /** The request's state as a ClaimResponse; {@code queuedReason} the Persian/English note of a queued one. */
    public static ClaimResponse response(ReferralRequest r, String centerName, String insurerName,
                                         Identifier claimIdentifier, String queuedReasonText, Instant now) {
        ClaimResponse cr = new ClaimResponse();
        cr.setId("referral-" + r.getId());
        cr.addIdentifier(new Identifier().setSystem(FhirSystems.REFERRAL_TRACKING_CODE).setValue(r.getTrackingCode()));
        cr.setStatus(ClaimResponse.ClaimResponseStatus.ACTIVE);
        cr.setType(new CodeableConcept(new Coding(FhirSystems.HL7_CLAIM_TYPE, "institutional", "Institutional")));
        cr.setUse(ClaimResponse.Use.PREAUTHORIZATION);
        cr.setPatient(new Reference().setIdentifier(EligibilityMapping.nationalId(r.getNationalId()))
                .setDisplay(r.getPatientName()));
        cr.setCreated(Date.from(now));
        cr.setInsurer(new Reference().setDisplay(insurerName));
        cr.setRequestor(new Reference().setDisplay(centerName));
        Reference request = new Reference().setDisplay("Claim");
        if (claimIdentifier != null) {
            request.setIdentifier(claimIdentifier);
        }
        cr.setRequest(request);
        ReferralStatus status = r.getStatus();
        if (status == ReferralStatus.ISSUED) {
            cr.setOutcome(ClaimResponse.RemittanceOutcome.COMPLETE);
            cr.setDisposition("Referral letter issued / معرفی‌نامه صادر شد");
            cr.setPreAuthRef(r.getLetterNumber());
            cr.setPreAuthPeriod(EligibilityMapping.period(r.getLetterValidFrom(), r.getLetterValidTo()));
            if (r.getCommitmentCeiling() != null) {
                cr.addTotal().setCategory(new CodeableConcept(new Coding(FhirSystems.HL7_ADJUDICATION, "benefit",
                        "Benefit Amount")).setText("Commitment ceiling / سقف تعهد"))
                        .setAmount(Fhir.rials(r.getCommitmentCeiling()));
            }
            if (r.getFranchisePercent() != null) {
                cr.addProcessNote().setNumber(1).setText("Franchise " + r.getFranchisePercent() + "% / فرانشیز "
                        + r.getFranchisePercent() + "٪");
            }
        } else if (status == ReferralStatus.REFUSED || status == ReferralStatus.CANCELLED) {
            cr.setOutcome(ClaimResponse.RemittanceOutcome.ERROR);
            cr.setDisposition(status == ReferralStatus.REFUSED
                    ? "Refused by the referral unit / درخواست رد شد" + (r.getRemarks() == null ? "" : ": " + r.getRemarks())
                    : "Cancelled / درخواست لغو شد");
        } else {
            cr.setOutcome(ClaimResponse.RemittanceOutcome.QUEUED);
            cr.setDisposition("Pended: with the referral unit (" + status.name() + ") / در انتظار بررسی واحد معرفی‌نامه"
                    + (queuedReasonText == null ? "" : " — " + queuedReasonText));
        }
        return cr;
    }
}
