package ir.hami.claims;

/**
 * A prescription's state in the words of seed 003's medical file, mapped from its claim's state: registered (ثبت
 * شد: the documents are in the system), under review (در حال بررسی: the assessor and the document reviewer are on
 * it, including a deficiency or originals awaited, and an assessment not yet sent on), ready for payment (آماده صدور
 * سند: the remittance is issued and sent to finance; also once paid or returned by the bank), and rejected.
 */
public enum PrescriptionState {
    REGISTERED, UNDER_REVIEW, READY_FOR_PAYMENT, REJECTED;

    public static PrescriptionState of(ClaimState s) {
        return switch (s) {
            case DRAFT, REGISTERED -> REGISTERED;
            case DEFICIENCY, DEFICIENCY_FIXED, AWAITING_ORIGINALS, ORIGINALS_DELIVERED, ASSESSED -> UNDER_REVIEW;
            case SENT_TO_FINANCE, PAID, PAYMENT_RETURNED -> READY_FOR_PAYMENT;
            case REJECTED -> REJECTED;
        };
    }

    public String getKey() {
        return "medicalFile.state." + name();
    }
}
