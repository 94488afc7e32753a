package ir.hami.referral;

/** What an attachment of a request is. */
public enum AttachmentKind {
    DOCTOR_ORDER, NATIONAL_CARD, OTHER;

    public String key() {
        return "referral.attachment." + name();
    }
}
