package ir.hami.claims.payment;

import ir.hami.claims.ClaimChannel;
import ir.hami.platform.id.Iban;

/**
 * Who a claim's payment goes to, decided when a batch is built: for a member's claim the family's main member with
 * the IBAN on their profile, for a centre's direct billing the centre with the IBAN already on the claim. A claim
 * without a valid IBAN, with nothing to pay, or returned by the bank and still on the IBAN that failed, stays out of
 * the batch with its {@link Exclusion}.
 */
public final class Payee {

    /** Why a claim awaiting payment was left out of a batch. */
    public enum Exclusion {
        NO_IBAN, INVALID_IBAN, IBAN_NOT_FIXED, NOTHING_TO_PAY;

        public String getKey() {
            return "finance.exclusion." + name();
        }
    }

    /** A claim as a batch sees it. {@code returnedIban}: the IBAN of its last return letter, or null. */
    public record Candidate(long claimId, String trackingCode, ClaimChannel channel, Long payable, String memberName,
                            String memberIban, String centerName, String claimIban, String returnedIban) {
    }

    /** The decision: a payee (name, compact IBAN) or why not. */
    public record Decision(String name, String iban, Exclusion exclusion) {
        public boolean included() {
            return exclusion == null;
        }
    }

    /** The length of {@code payment_batch_line.payee_name}. */
    public static final int NAME_LENGTH = 200;

    private Payee() {
    }

    public static Decision decide(Candidate c) {
        boolean center = c.channel() == ClaimChannel.CENTER;
        String name = center ? c.centerName() : c.memberName();
        String raw = center ? c.claimIban() : c.memberIban();
        if (c.payable() == null || c.payable() <= 0) {
            return new Decision(name, null, Exclusion.NOTHING_TO_PAY);
        }
        if (raw == null || raw.isBlank()) {
            return new Decision(name, null, Exclusion.NO_IBAN);
        }
        if (!Iban.isValid(raw)) {
            return new Decision(name, null, Exclusion.INVALID_IBAN);
        }
        String iban = Iban.parse(raw).value();
        if (c.returnedIban() != null && Iban.isValid(c.returnedIban())
                && Iban.parse(c.returnedIban()).value().equals(iban)) {
            return new Decision(name, iban, Exclusion.IBAN_NOT_FIXED);
        }
        String payee = name == null || name.isBlank() ? "-" : name.strip();
        return new Decision(payee.length() > NAME_LENGTH ? payee.substring(0, NAME_LENGTH) : payee, iban, null);
    }
}
