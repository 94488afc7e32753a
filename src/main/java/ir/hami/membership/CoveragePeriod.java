package ir.hami.membership;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a person is covered: the coverage's own period within its contract's. A person whose coverage runs past
 * the contract's end is not covered after that end, and not before the contract starts. The one rule behind "covered
 * today" for the member's family page, the eligibility check and the referral unit, whether the dates come from
 * entities or from a JDBC row.
 *
 * @param from first covered day; after {@code to} when the two periods do not meet (then no day is covered)
 * @param to   last covered day
 */
public record CoveragePeriod(LocalDate from, LocalDate to) implements Serializable {

    public static CoveragePeriod of(LocalDate coverageStart, LocalDate coverageEnd, LocalDate contractStart,
                                    LocalDate contractEnd) {
        return new CoveragePeriod(coverageStart.isAfter(contractStart) ? coverageStart : contractStart,
                coverageEnd.isBefore(contractEnd) ? coverageEnd : contractEnd);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Every covered day is after {@code day}. */
    public boolean startsAfter(LocalDate day) {
        return day.isBefore(from);
    }
}
