package ir.hami.claims;

import java.io.Serializable;
import ir.hami.platform.ValidationException;
import static ir.hami.platform.ClockProducer.TEHRAN;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim (خسارت) for one person, one service, under one coverage. It holds the state machine of {@link ClaimState}:
 * every change goes through one of its methods, which refuses a change the current state does not allow
 * ({@value #NOT_ALLOWED}) and returns the {@link ClaimEvent} to record. Stage dates, the payment and the amounts are
 * set by the transitions that make them true and read as stored.
 */
@Entity
@Table(name = "claim")
public class Claim implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Message key: the change is not allowed in the claim's current state. */
    public static final String NOT_ALLOWED = "claims.notAllowed";

    /** Lengths of the text columns a person types into (V15__claims.sql); the services refuse longer text. */
    public static final int CENTER_NAME_LENGTH = 200;
    public static final int COUNCIL_CODE_LENGTH = 10;
    public static final int E_PRESCRIPTION_CODE_LENGTH = 30;
    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int DUPLICATE_REASON_LENGTH = 500;
    public static final int NOTE_LENGTH = 1000;
    public static final int PLACE_LENGTH = 300;
    public static final int ASSESSOR_LENGTH = 200;
    public static final int FILE_NUMBER_LENGTH = 30;
    /** A username (V17 {@code assigned_to}). */
    public static final int ASSIGNEE_LENGTH = 60;

    /** V19__direct_billing.sql. */
    public static final int INVOICE_NUMBER_LENGTH = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim")
    @TableGenerator(name = "claim", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim", allocationSize = 50)
    private Long id;

    @Column(name = "tracking_code", length = 10)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private ClaimChannel channel;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "main_person_id", nullable = false)
    private long mainPersonId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "insurer_id", nullable = false)
    private long insurerId;

    @Column(name = "national_id", nullable = false, length = 10)
    private String nationalId;

    @Column(name = "patient_name", nullable = false, length = 200)
    private String patientName;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Column(name = "residence_province_id")
    private Long residenceProvinceId;

    @Column(name = "center_id")
    private Long centerId;

    @Column(name = "center_name", length = CENTER_NAME_LENGTH)
    private String centerName;

    @Column(name = "service_type_id")
    private Long serviceTypeId;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "cover_id")
    private Long coverId;

    @Column(name = "requested_amount")
    private Long requestedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "basic_insurance", length = 20)
    private BasicInsurance basicInsurance;

    @Column(name = "council_code", length = COUNCIL_CODE_LENGTH)
    private String councilCode;

    @Column(name = "e_prescription", nullable = false)
    private boolean ePrescription;

    @Column(name = "e_prescription_code", length = E_PRESCRIPTION_CODE_LENGTH)
    private String ePrescriptionCode;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "confirmed_mobile", length = 11)
    private String confirmedMobile;

    @Column(name = "mobile_confirmed_at")
    private Instant mobileConfirmedAt;

    @Column(name = "draft_step", nullable = false)
    private int draftStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 24)
    private ClaimState state;

    @Column(name = "duplicate_of", length = 10)
    private String duplicateOf;

    @Column(name = "duplicate_reason", length = DUPLICATE_REASON_LENGTH)
    private String duplicateReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deficiency_note", length = NOTE_LENGTH)
    private String deficiencyNote;

    @Column(name = "deficiency_round", nullable = false)
    private int deficiencyRound;

    @Column(name = "reject_reason", length = NOTE_LENGTH)
    private String rejectReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_code", length = 30)
    private RejectReason rejectCode;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "originals_place", length = PLACE_LENGTH)
    private String originalsPlace;

    @Column(name = "originals_requested_at")
    private Instant originalsRequestedAt;

    @Column(name = "originals_delivered_at")
    private Instant originalsDeliveredAt;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "assessor", length = ASSESSOR_LENGTH)
    private String assessor;

    @Column(name = "assessor_remark", length = NOTE_LENGTH)
    private String assessorRemark;

    @Column(name = "sent_to_finance_at")
    private Instant sentToFinanceAt;

    @Column(name = "finance_file_number", length = FILE_NUMBER_LENGTH)
    private String financeFileNumber;

    @Column(name = "finance_remark", length = NOTE_LENGTH)
    private String financeRemark;

    @Column(name = "paying_unit", length = ASSESSOR_LENGTH)
    private String payingUnit;

    @Column(name = "payment_issued_on")
    private LocalDate paymentIssuedOn;

    @Column(name = "sent_to_bank_on")
    private LocalDate sentToBankOn;

    @Column(name = "deposited_on")
    private LocalDate depositedOn;

    @Column(name = "payment_iban", length = 26)
    private String paymentIban;

    @Column(name = "remittance_number", length = FILE_NUMBER_LENGTH)
    private String remittanceNumber;

    @Column(name = "remittance_type", length = FILE_NUMBER_LENGTH)
    private String remittanceType;

    @Column(name = "return_letter_number", length = FILE_NUMBER_LENGTH)
    private String returnLetterNumber;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "total_amount")
    private Long totalAmount;

    @Column(name = "franchise_amount")
    private Long franchiseAmount;

    @Column(name = "over_ceiling_amount")
    private Long overCeilingAmount;

    @Column(name = "out_of_tariff_amount")
    private Long outOfTariffAmount;

    @Column(name = "not_covered_amount")
    private Long notCoveredAmount;

    @Column(name = "commitment_amount")
    private Long commitmentAmount;

    @Column(name = "payable_amount")
    private Long payableAmount;

    @Column(name = "assigned_to", length = ASSIGNEE_LENGTH)
    private String assignedTo;

    @Column(name = "originals_delivered_on")
    private LocalDate originalsDeliveredOn;

    @Column(name = "originals_delivered_place", length = PLACE_LENGTH)
    private String originalsDeliveredPlace;

    // ---- direct billing (V19): the letter a centre's bill is against, and its invoice
    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "invoice_number", length = INVOICE_NUMBER_LENGTH)
    private String invoiceNumber;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Claim() {
    }

    /** Who and under which coverage a claim is; the service has checked the family and the coverage. */
    public record Subject(long personId, long mainPersonId, long contractId, long insurerId, String nationalId,
                          String patientName) {
    }

    /** A new draft (step 1 done); call {@link #drafted} after it is persisted to get its first event. */
    public Claim(ClaimChannel channel, String createdBy, String clientKey, Subject subject, LocalDate serviceDate,
                 Instant now) {
        this.channel = Objects.requireNonNull(channel);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.clientKey = clientKey;
        subject(subject);
        this.serviceDate = Objects.requireNonNull(serviceDate);
        this.createdAt = now;
        this.updatedAt = now;
        this.draftStep = 2;
        this.state = ClaimState.DRAFT;
    }

    public ClaimEvent drafted(String actor) {
        return new ClaimEvent(id, createdAt, actor, ClaimAction.DRAFTED, null, state, null);
    }

    // ---------------------------------------------------------------- the draft

    /** Step 1 again: another person, contract or service date. Step 2's choices stay (the wizard checks them again). */
    public void changeSubject(Subject subject, LocalDate serviceDate, Instant now) {
        require(state == ClaimState.DRAFT);
        subject(subject);
        this.serviceDate = Objects.requireNonNull(serviceDate);
        this.confirmedMobile = null;
        this.mobileConfirmedAt = null;
        this.updatedAt = now;
    }

    /** Step 2. */
    public void describe(ClaimDetails d, Instant now) {
        require(state == ClaimState.DRAFT);
        this.residenceProvinceId = d.provinceId();
        this.centerId = d.centerId();
        this.centerName = d.centerName();
        this.serviceTypeId = d.serviceTypeId();
        this.serviceId = d.serviceId();
        this.coverId = d.coverId();
        this.requestedAmount = d.requestedAmount();
        this.basicInsurance = d.basicInsurance();
        this.councilCode = d.councilCode();
        this.ePrescription = d.ePrescription();
        this.ePrescriptionCode = d.ePrescription() ? d.ePrescriptionCode() : null;
        this.description = d.description();
        this.updatedAt = now;
    }

    /** What step 2 holds, to fill the form again. */
    public ClaimDetails details() {
        return new ClaimDetails(residenceProvinceId, centerId, centerName, serviceTypeId, serviceId, coverId,
                requestedAmount, basicInsurance, councilCode, ePrescription, ePrescriptionCode, description);
    }

    /** The furthest step of the wizard the member has reached (1–5). */
    public void reachStep(int step, Instant now) {
        require(state == ClaimState.DRAFT);
        if (step < 1 || step > 5) {
            throw new IllegalArgumentException("step " + step);
        }
        this.draftStep = step;
        this.updatedAt = now;
    }

    /** Step 4: the member typed the SMS code sent to this mobile. */
    public void confirmMobile(String mobile, Instant now) {
        require(state == ClaimState.DRAFT);
        this.confirmedMobile = Objects.requireNonNull(mobile);
        this.mobileConfirmedAt = now;
        this.updatedAt = now;
    }

    /**
     * Submitted: gets its tracking code and waits for the assessor. Documents arrive online with it, so reception is
     * now. A likely duplicate the member was warned of is recorded with their reason.
     */
    public ClaimEvent submit(String actor, String trackingCode, String duplicateOf, String duplicateReason,
                             Instant now) {
        require(state == ClaimState.DRAFT);
        this.trackingCode = Objects.requireNonNull(trackingCode);
        this.duplicateOf = duplicateOf;
        this.duplicateReason = duplicateOf == null ? null : duplicateReason;
        this.registeredAt = now;
        this.receivedAt = now;
        return change(ClaimState.REGISTERED, ClaimAction.SUBMITTED, actor, duplicateReason, now);
    }

    /** A centre's invoice against a referral letter, and the centre's IBAN it is to be paid to. */
    public record Bill(long referralId, String invoiceNumber, LocalDate invoiceDate, String iban) {
    }

    /**
     * A treatment centre's bill (direct billing) is submitted at once: it is registered like a member's claim, linked
     * to its letter, with the invoice's number and date and the centre's IBAN for the payment.
     */
    public ClaimEvent submitBill(String actor, String trackingCode, Bill bill, Instant now) {
        require(state == ClaimState.DRAFT && channel == ClaimChannel.CENTER);
        this.referralId = bill.referralId();
        this.invoiceNumber = requireText(bill.invoiceNumber(), "billing.invoiceNumber.required");
        this.invoiceDate = Objects.requireNonNull(bill.invoiceDate());
        this.paymentIban = requireText(bill.iban(), "claims.payment.ibanRequired");
        return submit(actor, trackingCode, null, null, now);
    }

    // ---------------------------------------------------------------- the assessor

    /** More documents needed: the member is told the reason and sends new images on the same claim. */
    public ClaimEvent declareDeficiency(String actor, String note, Instant now) {
        require(state.isAwaitingAssessor() || state == ClaimState.AWAITING_ORIGINALS);
        this.deficiencyNote = requireText(note, "claims.deficiency.noteRequired");
        this.deficiencyRound++;
        return change(ClaimState.DEFICIENCY, ClaimAction.DEFICIENCY_DECLARED, actor, deficiencyNote, now);
    }

    /** The member sent new images: back to the assessor's queue. */
    public ClaimEvent fixDeficiency(String actor, String note, Instant now) {
        require(state == ClaimState.DEFICIENCY);
        return change(ClaimState.DEFICIENCY_FIXED, ClaimAction.DEFICIENCY_FIXED, actor, note, now);
    }

    /** The originals have to be delivered to a branch. */
    public ClaimEvent requestOriginals(String actor, String place, Instant now) {
        require(state.isAwaitingAssessor() && state != ClaimState.ORIGINALS_DELIVERED);
        this.originalsPlace = requireText(place, "claims.originals.placeRequired");
        this.originalsRequestedAt = now;
        return change(ClaimState.AWAITING_ORIGINALS, ClaimAction.ORIGINALS_REQUESTED, actor, originalsPlace, now);
    }

    /** The originals reached the place they were asked to (today). */
    public ClaimEvent originalsDelivered(String actor, Instant now) {
        return originalsDelivered(actor, null, null, now);
    }

    /**
     * The branch received the originals on {@code deliveredOn} (null: today) at {@code place} (null: where they were
     * asked to go). A day after today, or before the originals were asked for, is refused.
     */
    public ClaimEvent originalsDelivered(String actor, LocalDate deliveredOn, String place, Instant now) {
        require(state == ClaimState.AWAITING_ORIGINALS);
        LocalDate today = LocalDate.ofInstant(now, TEHRAN);
        LocalDate day = deliveredOn == null ? today : deliveredOn;
        if (day.isAfter(today)) {
            throw new ValidationException("claims.originals.deliveredInFuture");
        }
        if (originalsRequestedAt != null && day.isBefore(LocalDate.ofInstant(originalsRequestedAt, TEHRAN))) {
            throw new ValidationException("claims.originals.deliveredBeforeRequest");
        }
        this.originalsDeliveredAt = now;
        this.originalsDeliveredOn = day;
        this.originalsDeliveredPlace = place == null || place.isBlank() ? originalsPlace : place.strip();
        return change(ClaimState.ORIGINALS_DELIVERED, ClaimAction.ORIGINALS_DELIVERED, actor,
                originalsDeliveredPlace, now);
    }

    // ---------------------------------------------------------------- reception

    /** Given to an assessor's queue at registration (null: nobody's yet); not a change the member hears of. */
    public void assignTo(String username) {
        this.assignedTo = username;
    }

    /**
     * A supervisor gives the claim to another assessor (null: back to the unassigned pool); its history says who,
     * from whom and to whom. Only while it is still the back office's to assess.
     */
    public ClaimEvent reassign(String actor, String username, Instant now) {
        require(state.isOpenToAssessor());
        String from = assignedTo;
        this.assignedTo = username;
        this.updatedAt = now;
        String note = (from == null ? "-" : from) + " → " + (username == null ? "-" : username);
        return new ClaimEvent(id, now, actor, ClaimAction.REASSIGNED, state, state, note);
    }

    /**
     * Assessed: the amounts are set from the assessment and stay as stored. The caller persists the items and
     * deductions and charges the cover ({@link CoverUsage}).
     */
    public ClaimEvent assess(String actor, String assessorName, Assessment a, Long coverId, Instant now) {
        require(state.isAwaitingAssessor());
        this.totalAmount = a.total();
        this.franchiseAmount = a.deducted(DeductionKind.FRANCHISE);
        this.overCeilingAmount = a.deducted(DeductionKind.OVER_CEILING);
        this.outOfTariffAmount = a.deducted(DeductionKind.OUT_OF_TARIFF);
        this.notCoveredAmount = a.deducted(DeductionKind.NOT_COVERED);
        this.commitmentAmount = a.commitment();
        this.payableAmount = a.payable();
        this.coverId = coverId;
        this.assessor = assessorName;
        this.assessorRemark = a.remark();
        this.assessedAt = now;
        return change(ClaimState.ASSESSED, ClaimAction.ASSESSED, actor, a.remark(), now);
    }

    public ClaimEvent reject(String actor, String reason, Instant now) {
        return reject(actor, RejectReason.OTHER, reason, now);
    }

    /** Rejected for a coded reason, with the assessor's words to the member. */
    public ClaimEvent reject(String actor, RejectReason code, String reason, Instant now) {
        require(state.isOpenToAssessor());
        this.rejectReason = requireText(reason, "claims.reject.reasonRequired");
        this.rejectCode = code == null ? RejectReason.OTHER : code;
        return change(ClaimState.REJECTED, ClaimAction.REJECTED, actor, rejectReason, now);
    }

    // ---------------------------------------------------------------- finance

    /** Sent to finance under the core system's file number. */
    public ClaimEvent sendToFinance(String actor, String fileNumber, String remark, Instant now) {
        require(state == ClaimState.ASSESSED);
        this.financeFileNumber = requireText(fileNumber, "claims.finance.fileNumberRequired");
        this.financeRemark = remark;
        this.sentToFinanceAt = now;
        return change(ClaimState.SENT_TO_FINANCE, ClaimAction.SENT_TO_FINANCE, actor, remark, now);
    }

    /** The payment went to the bank (again, after a return): the member is told when it reaches the bank. */
    public ClaimEvent sendToBank(String actor, Payment p, Instant now) {
        require(state == ClaimState.SENT_TO_FINANCE || state == ClaimState.PAYMENT_RETURNED);
        this.paymentIssuedOn = Objects.requireNonNull(p.issuedOn());
        this.sentToBankOn = Objects.requireNonNull(p.sentToBankOn());
        this.paymentIban = requireText(p.iban(), "claims.payment.ibanRequired");
        this.remittanceNumber = p.remittanceNumber();
        this.remittanceType = p.remittanceType();
        this.payingUnit = p.payingUnit();
        this.depositedOn = null;
        return change(ClaimState.SENT_TO_FINANCE, ClaimAction.SENT_TO_BANK, actor, null, now);
    }

    /** Deposited in the member's account. */
    public ClaimEvent deposit(String actor, LocalDate depositedOn, Instant now) {
        require(state == ClaimState.SENT_TO_FINANCE && sentToBankOn != null);
        if (depositedOn.isBefore(sentToBankOn)) {
            throw new ValidationException("claims.payment.depositBeforeBank");
        }
        this.depositedOn = depositedOn;
        return change(ClaimState.PAID, ClaimAction.DEPOSITED, actor, null, now);
    }

    /**
     * The bank returned the payment, under the return letter's number: after the deposit was recorded, or a transfer
     * that failed once sent to the bank.
     */
    public ClaimEvent paymentReturned(String actor, String letterNumber, LocalDate returnedOn, Instant now) {
        require(state == ClaimState.PAID || (state == ClaimState.SENT_TO_FINANCE && sentToBankOn != null));
        this.returnLetterNumber = requireText(letterNumber, "claims.payment.returnLetterRequired");
        this.returnedOn = Objects.requireNonNull(returnedOn);
        return change(ClaimState.PAYMENT_RETURNED, ClaimAction.PAYMENT_RETURNED, actor, letterNumber, now);
    }

    // ---------------------------------------------------------------- pieces

    /** The family's duplicate key: same person, service date, service and amount. */
    public boolean sameServiceAs(Claim other) {
        return other.personId == personId && other.serviceDate.equals(serviceDate)
                && Objects.equals(other.serviceId, serviceId) && Objects.equals(other.requestedAmount, requestedAmount);
    }

    private void subject(Subject s) {
        this.personId = s.personId();
        this.mainPersonId = s.mainPersonId();
        this.contractId = s.contractId();
        this.insurerId = s.insurerId();
        this.nationalId = s.nationalId();
        this.patientName = s.patientName();
    }

    private ClaimEvent change(ClaimState to, ClaimAction action, String actor, String note, Instant now) {
        ClaimState from = state;
        state = to;
        updatedAt = now;
        return new ClaimEvent(id, now, actor, action, from, to, note);
    }

    private static String requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(key);
        }
        return text.strip();
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ValidationException(NOT_ALLOWED);
        }
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public ClaimChannel getChannel() { return channel; }
    public String getCreatedBy() { return createdBy; }
    public String getClientKey() { return clientKey; }
    public long getPersonId() { return personId; }
    public long getMainPersonId() { return mainPersonId; }
    public long getContractId() { return contractId; }
    public long getInsurerId() { return insurerId; }
    public String getNationalId() { return nationalId; }
    public String getPatientName() { return patientName; }
    public LocalDate getServiceDate() { return serviceDate; }
    public Long getResidenceProvinceId() { return residenceProvinceId; }
    public Long getCenterId() { return centerId; }
    public String getCenterName() { return centerName; }
    public Long getServiceTypeId() { return serviceTypeId; }
    public Long getServiceId() { return serviceId; }
    public Long getCoverId() { return coverId; }
    public Long getRequestedAmount() { return requestedAmount; }
    public BasicInsurance getBasicInsurance() { return basicInsurance; }
    public String getCouncilCode() { return councilCode; }
    public boolean isEPrescription() { return ePrescription; }
    public String getEPrescriptionCode() { return ePrescriptionCode; }
    public String getDescription() { return description; }
    public String getConfirmedMobile() { return confirmedMobile; }
    public Instant getMobileConfirmedAt() { return mobileConfirmedAt; }
    public int getDraftStep() { return draftStep; }
    public ClaimState getState() { return state; }
    public String getDuplicateOf() { return duplicateOf; }
    public String getDuplicateReason() { return duplicateReason; }
    public boolean isFlaggedDuplicate() { return duplicateOf != null; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getDeficiencyNote() { return deficiencyNote; }
    public int getDeficiencyRound() { return deficiencyRound; }
    public RejectReason getRejectCode() { return rejectCode; }

    public String getRejectReason() { return rejectReason; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getOriginalsPlace() { return originalsPlace; }
    public Instant getOriginalsRequestedAt() { return originalsRequestedAt; }
    public Instant getOriginalsDeliveredAt() { return originalsDeliveredAt; }
    public Instant getAssessedAt() { return assessedAt; }
    public String getAssessor() { return assessor; }
    public String getAssessorRemark() { return assessorRemark; }
    public Instant getSentToFinanceAt() { return sentToFinanceAt; }
    public String getFinanceFileNumber() { return financeFileNumber; }
    public String getFinanceRemark() { return financeRemark; }
    public String getPayingUnit() { return payingUnit; }
    public LocalDate getPaymentIssuedOn() { return paymentIssuedOn; }
    public LocalDate getSentToBankOn() { return sentToBankOn; }
    public LocalDate getDepositedOn() { return depositedOn; }
    public String getPaymentIban() { return paymentIban; }
    public String getRemittanceNumber() { return remittanceNumber; }
    public String getRemittanceType() { return remittanceType; }
    public String getReturnLetterNumber() { return returnLetterNumber; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public Long getTotalAmount() { return totalAmount; }
    public Long getFranchiseAmount() { return franchiseAmount; }
    public Long getOverCeilingAmount() { return overCeilingAmount; }
    public Long getOutOfTariffAmount() { return outOfTariffAmount; }
    public Long getNotCoveredAmount() { return notCoveredAmount; }
    public Long getCommitmentAmount() { return commitmentAmount; }
    public Long getPayableAmount() { return payableAmount; }
    public Long getReferralId() { return referralId; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public long getVersion() { return version; }
    public String getAssignedTo() { return assignedTo; }
    public LocalDate getOriginalsDeliveredOn() { return originalsDeliveredOn; }
    public String getOriginalsDeliveredPlace() { return originalsDeliveredPlace; }
}
