package ir.hami.claims;

import java.util.EnumSet;
import java.util.Set;

/** The state filters of the member's claims list (seed 003), each a set of {@link ClaimState}s. */
public enum ClaimFilter {
    ALL(EnumSet.complementOf(EnumSet.of(ClaimState.DRAFT))),
    AWAITING_ASSESSMENT(EnumSet.of(ClaimState.REGISTERED, ClaimState.DEFICIENCY_FIXED)),
    AWAITING_ORIGINALS(EnumSet.of(ClaimState.AWAITING_ORIGINALS)),
    ORIGINALS_DELIVERED(EnumSet.of(ClaimState.ORIGINALS_DELIVERED)),
    IN_PAYMENT(EnumSet.of(ClaimState.ASSESSED, ClaimState.SENT_TO_FINANCE, ClaimState.PAYMENT_RETURNED)),
    PAID(EnumSet.of(ClaimState.PAID)),
    REJECTED(EnumSet.of(ClaimState.REJECTED)),
    DEFICIENCY(EnumSet.of(ClaimState.DEFICIENCY)),
    DRAFTS(EnumSet.of(ClaimState.DRAFT));

    private final Set<ClaimState> states;

    ClaimFilter(Set<ClaimState> states) {
        this.states = states;
    }

    public Set<ClaimState> states() {
        return states;
    }

    public boolean includes(ClaimState state) {
        return states.contains(state);
    }

    public String key() {
        return "claims.filter." + name();
    }

    public String getKey() {
        return key();
    }
}
