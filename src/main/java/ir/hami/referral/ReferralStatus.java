package ir.hami.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral request stands. Rules (the state machine; {@link ReferralRequest} enforces them):
 * <pre>
 * SUBMITTED ──issue──▶ ISSUED            SUBMITTED ──request documents──▶ DOCUMENTS_REQUESTED ──documents added──▶ SUBMITTED
 * SUBMITTED ──require exam──▶ EXAM_REQUIRED ──book exam──▶ EXAM_BOOKED ──issue (on or after the exam day)──▶ ISSUED
 * any open state ──refuse──▶ REFUSED     SUBMITTED, DOCUMENTS_REQUESTED ──member cancels──▶ CANCELLED
 * </pre>
 * ISSUED, REFUSED and CANCELLED are final.
 */
public enum ReferralStatus {
    SUBMITTED, DOCUMENTS_REQUESTED, EXAM_REQUIRED, EXAM_BOOKED, ISSUED, REFUSED, CANCELLED;

    /** The states in which the referral unit has to act: the default work queue. */
    public static final Set<ReferralStatus> AWAITING_UNIT = EnumSet.of(SUBMITTED, EXAM_REQUIRED, EXAM_BOOKED);

    public boolean isFinal() {
        return this == ISSUED || this == REFUSED || this == CANCELLED;
    }

    public boolean isAwaitingUnit() {
        return AWAITING_UNIT.contains(this);
    }

    /** The member may still cancel: nobody has decided yet. */
    public boolean isCancellable() {
        return this == SUBMITTED || this == DOCUMENTS_REQUESTED;
    }

    public boolean mayRequestDocuments() {
        return this == SUBMITTED || this == EXAM_REQUIRED;
    }

    public boolean mayRequireExam() {
        return this == SUBMITTED;
    }

    public boolean mayBookExam() {
        return this == EXAM_REQUIRED || this == EXAM_BOOKED;
    }

    public boolean mayRefuse() {
        return !isFinal();
    }

    /** Issue is allowed from these; an exam-bound request additionally needs its exam held (see ReferralRequest). */
    public boolean mayIssue() {
        return this == SUBMITTED || this == EXAM_BOOKED;
    }

    /** Bundle key of the status's name. */
    public String key() {
        return "referral.status." + name();
    }
}
