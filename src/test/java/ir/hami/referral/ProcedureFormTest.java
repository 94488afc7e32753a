package ir.hami.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the workbench's own values: a procedure's code and title, the coverage verdict, the queue's SQL. */
class ProcedureFormTest {

    private static ProcedureForm form(String code, String title) {
        ProcedureForm f = new ProcedureForm();
        f.setCode(code);
        f.setTitle(title);
        return f;
    }

    private static String refusal(ProcedureForm f) {
        return assertThrows(ValidationException.class, f::validate).key();
    }

    @Test
    void aNewCodeIsLatinCapitalsDigitsAndHyphensWithAnyDigits() {
        ProcedureForm f = form(" blepharo-۱ ", "جراحی پلك");
        f.validate();
        assertEquals("BLEPHARO-1", f.normalizedCode());
        assertEquals("جراحی پلک", f.normalizedTitle());
        assertEquals("procedures.code.invalid", refusal(form("پلک", "جراحی پلک")));
        assertEquals("procedures.code.invalid", refusal(form("-X", "جراحی پلک")));
        assertEquals("procedures.code.invalid", refusal(form("A".repeat(31), "جراحی پلک")));
        assertEquals("procedures.code.invalid", refusal(form(null, "جراحی پلک")));
    }

    @Test
    void theTitleIsRequiredAndAtMost200Characters() {
        assertEquals("procedures.title.required", refusal(form("X1", "   ")));
        assertEquals("procedures.title.tooLong", refusal(form("X1", "ب".repeat(201))));
        form("X1", "ب".repeat(200)).validate();
    }

    @Test
    void coverageVerdictTellsEndedFromNotStarted() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertEquals("workbench.coverage.covered", new CoverageToday(true, today, "i", "k", "p",
                today.minusDays(1), today.plusDays(1), List.of()).verdictKey());
        assertEquals("workbench.coverage.ended", new CoverageToday(false, today, "i", "k", "p",
                today.minusYears(1), today.minusDays(1), List.of()).verdictKey());
        assertEquals("workbench.coverage.notStarted", new CoverageToday(false, today, "i", "k", "p",
                today.plusDays(1), today.plusYears(1), List.of()).verdictKey());
    }

    @Test
    void theQueueSqlBindsEveryFilterInOrderAndDefaultsToAwaiting() {
        ReferralQueries.Where awaiting = ReferralQueries.where(QueueFilter.awaitingUnit());
        assertEquals(" where r.awaiting_unit = true", awaiting.sql());
        assertEquals(List.of(), awaiting.params());
        ReferralQueries.Where all = ReferralQueries.where(new QueueFilter(ReferralStatus.ISSUED, 1L, 2L, 3L,
                LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 21), "۱۲۳۴-۵۶۷۸۹۰", " ۰۰۱۲۳۴۵۶۷۹ "));
        assertEquals(" where r.status = ? and r.insurer_id = ? and r.center_id = ? and r.province_id = ?"
                + " and r.requested_at >= ? and r.requested_at < ? and r.tracking_code = ? and r.national_id = ?",
                all.sql());
        assertEquals("ISSUED", all.params().get(0));
        assertEquals("1234567890", all.params().get(6));
        assertEquals("0012345679", all.params().get(7));
        // one Tehran day: from its midnight to the next
        assertEquals(java.time.Duration.ofDays(1), java.time.Duration.between(
                ((java.sql.Timestamp) all.params().get(4)).toInstant(),
                ((java.sql.Timestamp) all.params().get(5)).toInstant()));
        assertEquals(java.time.Instant.parse("2026-03-20T20:30:00Z"),
                ((java.sql.Timestamp) all.params().get(4)).toInstant());
    }
}
