package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.*;

import ir.hami.platform.ValidationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessor queue's SQL text: one ordered branch per state, the filters' conditions and parameters. */
class ClaimQueueQueriesTest {

    private static ClaimQueueFilter filter(ClaimState state, ClaimQueueFilter.Scope scope) {
        return new ClaimQueueFilter(state, null, null, null, null, null, null, false, false, false, scope);
    }

    @Test
    void anAssessorsQueueIsTheirClaimsAwaitingThemOldestFirst() {
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(ClaimQueueFilter.mine(), "assessor7");
        assertEquals(List.of(ClaimState.REGISTERED, ClaimState.DEFICIENCY_FIXED, ClaimState.ORIGINALS_DELIVERED),
                List.copyOf(w.states()));
        assertEquals(" and c.assigned_to = ?", w.sql());
        String page = ClaimQueueQueries.page(w);
        assertEquals(3, page.split("union all", -1).length, page);
        assertTrue(page.contains("select * from (select c.id, c.registered_at from claim c where c.state = ? and "
                + "c.assigned_to = ? order by c.registered_at, c.id limit ?) b0"), page);
        assertTrue(page.contains(") q order by q.registered_at, q.id limit ? offset ?"), page);
        assertTrue(page.endsWith("order by c.registered_at, c.id"), page);
        // each branch: its state, the filter's parameters, offset + size; then size and offset
        assertEquals(List.of("REGISTERED", "assessor7", 60, "DEFICIENCY_FIXED", "assessor7", 60,
                "ORIGINALS_DELIVERED", "assessor7", 60, 20, 40), ClaimQueueQueries.pageParams(w, 40, 20));
        assertEquals(page.chars().filter(ch -> ch == '?').count(), ClaimQueueQueries.pageParams(w, 40, 20).size());
    }

    @Test
    void oneStateIsOneBranchAndUnassignedIsANullAssignee() {
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(filter(ClaimState.AWAITING_ORIGINALS,
                ClaimQueueFilter.Scope.UNASSIGNED), "x");
        assertEquals(" and c.assigned_to is null", w.sql());
        String page = ClaimQueueQueries.page(w);
        assertFalse(page.contains("union all"), page);
        assertEquals(List.of("AWAITING_ORIGINALS", 20, 20, 0), ClaimQueueQueries.pageParams(w, 0, 20));
    }

    @Test
    void draftsAreNeverInTheQueue() {
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(filter(ClaimState.DRAFT, ClaimQueueFilter.Scope.ALL), "x");
        assertTrue(w.states().isEmpty());
        assertTrue(ClaimQueueQueries.page(w).contains("1 = 0"));
    }

    @Test
    void everyFilterIsAConditionOnAnIndexedColumn() {
        ClaimQueueFilter f = new ClaimQueueFilter(ClaimState.REGISTERED, 4L, 8L, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), "۱۲۳۴ ۵۶", "١٢٣٤٥٦٧٨٩", true, false, true, ClaimQueueFilter.Scope.ALL);
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(f, "x");
        assertEquals(" and c.insurer_id = ? and c.residence_province_id = ? and c.registered_at >= ?"
                + " and c.registered_at < ? and c.tracking_code like ? and c.national_id = ?"
                + " and c.duplicate_of is not null and c.channel = ?", w.sql());
        assertEquals(4L, w.params().get(0));
        assertEquals(8L, w.params().get(1));
        // Tehran days: 1 Nov starts at 20:30 UTC the day before; the end day is included
        assertEquals(Timestamp.from(Instant.parse("2026-10-31T20:30:00Z")), w.params().get(2));
        assertEquals(Timestamp.from(Instant.parse("2026-11-30T20:30:00Z")), w.params().get(3));
        assertEquals("123456%", w.params().get(4));
        assertEquals("0123456789", w.params().get(5), "Arabic digits, the leading zero restored");
        assertEquals("CENTER", w.params().get(6));
    }

    @Test
    void aWholeTrackingCodeIsAnExactMatch() {
        ClaimQueueFilter f = new ClaimQueueFilter(null, null, null, null, null, "1234-567-897", null, false, false,
                false, ClaimQueueFilter.Scope.ALL);
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(f, "x");
        assertEquals(" and c.tracking_code = ?", w.sql());
        assertEquals(List.of("1234567897"), w.params());
    }

    @Test
    void theDeficiencyFixedFlagNarrowsTheStates() {
        ClaimQueueFilter f = new ClaimQueueFilter(null, null, null, null, null, null, null, false, true, false,
                ClaimQueueFilter.Scope.ALL);
        assertEquals(List.of(ClaimState.DEFICIENCY_FIXED), List.copyOf(f.states()));
        ClaimQueueFilter other = new ClaimQueueFilter(ClaimState.REGISTERED, null, null, null, null, null, null,
                false, true, false, ClaimQueueFilter.Scope.ALL);
        assertTrue(other.states().isEmpty(), "registered and deficiency fixed at once: nothing");
    }

    @Test
    void lettersInASearchAreRefused() {
        ClaimQueueFilter f = new ClaimQueueFilter(null, null, null, null, null, "12ab", null, false, false, false,
                ClaimQueueFilter.Scope.ALL);
        assertEquals(ClaimQueueQueries.KEY_DIGITS,
                assertThrows(ValidationException.class, () -> ClaimQueueQueries.where(f, "x")).key());
    }

    @Test
    void theCountStopsAtTheCapInEachState() {
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(ClaimQueueFilter.mine(), "a");
        String sql = ClaimQueueQueries.countUpTo(w);
        assertTrue(sql.startsWith("select count(*) from (select * from (select c.id from claim c where c.state = ?"),
                sql);
        assertEquals(List.of("REGISTERED", "a", 10_001L, "DEFICIENCY_FIXED", "a", 10_001L, "ORIGINALS_DELIVERED",
                "a", 10_001L), ClaimQueueQueries.countParams(w, 10_000));
    }
}
