package ir.hami.referral;

/** What happened to a request, one per {@link ReferralEvent}. */
public enum ReferralAction {
    SUBMITTED, AUTO_ISSUED, QUEUED_BY_CENTER, DOCUMENTS_REQUESTED, DOCUMENTS_ADDED, EXAM_REQUIRED, EXAM_BOOKED, ISSUED,
    REFUSED, CANCELLED;

    public String key() {
        return "referral.action." + name();
    }
}
