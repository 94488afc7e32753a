package ir.hami.claims;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the assessor's queue shows: the states (none chosen: those awaiting the assessor), insurer, province of
 * residence, registration days (Tehran days, the end day included), tracking code and national ID (any digits),
 * flags, and whose claims (mine, unassigned, all).
 */
public record ClaimQueueFilter(ClaimState state, Long insurerId, Long provinceId, LocalDate from, LocalDate to,
                               String trackingCode, String nationalId, boolean duplicate, boolean deficiencyFixed,
                               boolean directBilling, Scope scope) implements Serializable {

    /** Whose claims. */
    public enum Scope {
        MINE, UNASSIGNED, ALL;

        public String getKey() {
            return "claims.queue.scope." + name();
        }
    }

    /** The queue an assessor opens on: their own claims awaiting them, oldest first. */
    public static ClaimQueueFilter mine() {
        return new ClaimQueueFilter(null, null, null, null, null, null, null, false, false, false, Scope.MINE);
    }

    /** The states the filter reads, in the enum's order (never drafts). */
    public Set<ClaimState> states() {
        Set<ClaimState> out = EnumSet.noneOf(ClaimState.class);
        if (state != null) {
            out.add(state);
        } else {
            for (ClaimState s : ClaimState.values()) {
                if (s.isAwaitingAssessor()) {
                    out.add(s);
                }
            }
        }
        out.remove(ClaimState.DRAFT);
        if (deficiencyFixed) {
            out.retainAll(EnumSet.of(ClaimState.DEFICIENCY_FIXED));
        }
        return out;
    }
}
