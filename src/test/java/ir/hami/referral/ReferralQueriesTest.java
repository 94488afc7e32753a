package ir.hami.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's page, its counts and its export are built from one where clause, with one list of parameters. */
class ReferralQueriesTest {

    private static final List<QueueFilter> FILTERS = List.of(
            QueueFilter.awaitingUnit(),
            new QueueFilter(ReferralStatus.ISSUED, 1L, null, null, null, null, null, null),
            new QueueFilter(null, 1L, 2L, 3L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "1000000011",
                    "۰۰۱۲۳۴۵۶۷۹"),
            new QueueFilter(ReferralStatus.REFUSED, null, null, 3L, null, LocalDate.of(2026, 2, 1), null, null));

    @Test
    void everyQueryOfTheQueueUsesTheSameWhereClause() {
        for (QueueFilter f : FILTERS) {
            ReferralQueries.Where w = ReferralQueries.where(f);
            assertEquals(w.params().size(), w.sql().chars().filter(c -> c == '?').count(), w.sql());
            for (String sql : List.of(ReferralQueries.page(w), ReferralQueries.count(w),
                    ReferralQueries.countUpTo(w), ReferralQueries.exportPage(w))) {
                assertTrue(sql.contains("from referral_request r" + w.sql()), sql);
            }
            assertEquals("select count(*) from referral_request r" + w.sql(), ReferralQueries.count(w));
        }
    }
}
