package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoveragePeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theCoverageIsCutToItsContract() {
        CoveragePeriod p = CoveragePeriod.of(d("2026-01-01"), d("2027-06-30"), d("2026-03-21"), d("2027-03-20"));
        assertEquals(d("2026-03-21"), p.from());
        assertEquals(d("2027-03-20"), p.to());
        assertTrue(p.contains(d("2026-03-21")));
        assertTrue(p.contains(d("2027-03-20")));
        assertFalse(p.contains(d("2027-03-21")), "the day after the contract ends");
        assertFalse(p.contains(d("2026-03-20")), "the day before the contract starts");
        assertTrue(p.startsAfter(d("2026-02-01")));
        assertFalse(p.startsAfter(d("2026-03-21")));
    }

    @Test
    void aCoverageInsideItsContractKeepsItsOwnDays() {
        CoveragePeriod p = CoveragePeriod.of(d("2026-05-01"), d("2026-08-31"), d("2026-03-21"), d("2027-03-20"));
        assertEquals(new CoveragePeriod(d("2026-05-01"), d("2026-08-31")), p);
    }

    @Test
    void periodsThatDoNotMeetCoverNoDay() {
        CoveragePeriod p = CoveragePeriod.of(d("2025-01-01"), d("2025-12-31"), d("2026-03-21"), d("2027-03-20"));
        for (LocalDate day = d("2024-12-01"); day.isBefore(d("2027-05-01")); day = day.plusDays(7)) {
            assertFalse(p.contains(day), day.toString());
        }
    }
}
