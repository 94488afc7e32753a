package ir.hami.claims;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim is. {@link Claim} holds the transitions; this enum says what each state allows and how the member's
 * list groups them ({@link ClaimFilter}).
 */
public enum ClaimState {
    /** Being written by the member; not yet seen by anyone else. */
    DRAFT,
    /** Submitted; awaiting the assessor. */
    REGISTERED,
    /** The assessor asked for more documents; the member has to act. */
    DEFICIENCY,
    /** The member sent what was asked; back in the assessor's queue. */
    DEFICIENCY_FIXED,
    /** The originals of the documents have to be delivered to a branch. */
    AWAITING_ORIGINALS,
    /** The branch received the originals; awaiting the assessor. */
    ORIGINALS_DELIVERED,
    /** Assessed: items, deductions and the payable amount are set. */
    ASSESSED,
    /** Sent to finance with the core system's file number; payment is on its way. */
    SENT_TO_FINANCE,
    /** Deposited in the member's account. */
    PAID,
    /** The bank returned the payment (usually a wrong account); finance sends it again. */
    PAYMENT_RETURNED,
    /** Refused, with the reason. */
    REJECTED;

    private static final Set<ClaimState> FOR_ASSESSOR = EnumSet.of(REGISTERED, DEFICIENCY_FIXED, ORIGINALS_DELIVERED);

    /** Waiting for the assessor: the back office's queue. */
    public boolean isAwaitingAssessor() {
        return FOR_ASSESSOR.contains(this);
    }

    /** The assessor may still ask for documents, originals, or reject. */
    public boolean isOpenToAssessor() {
        return isAwaitingAssessor() || this == AWAITING_ORIGINALS || this == DEFICIENCY;
    }

    /** Amounts are final (assessed or later, not rejected). */
    public boolean isAssessed() {
        return this == ASSESSED || this == SENT_TO_FINANCE || this == PAID || this == PAYMENT_RETURNED;
    }

    /** The member has to do something. */
    public boolean isMemberToAct() {
        return this == DRAFT || this == DEFICIENCY || this == AWAITING_ORIGINALS;
    }

    /** No further change is expected. */
    public boolean isFinal() {
        return this == PAID || this == REJECTED;
    }

    /** Bundle key of the Persian name. */
    public String key() {
        return "claims.state." + name();
    }

    public String getKey() {
        return key();
    }
}
