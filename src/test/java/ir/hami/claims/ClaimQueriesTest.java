package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The member list's SQL text: its conditions, parameters and order, as the benchmark runs them. */
class ClaimQueriesTest {

    @Test
    void aMembersListIsOnePersonsClaimsTheViewerMaySeeNewestFirst() {
        ClaimQueries.Where w = ClaimQueries.person(7, 3L, ClaimFilter.ALL, null);
        assertTrue(w.sql().startsWith(" where c.person_id = ? and (c.person_id = ? or c.main_person_id = ?)"),
                w.sql());
        assertEquals(7L, w.params().get(0));
        assertEquals(3L, w.params().get(1));
        assertEquals(3L, w.params().get(2));
        // ALL: every state but DRAFT, as parameters in the enum's order
        assertTrue(w.sql().contains(" and c.state in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), w.sql());
        assertFalse(w.params().contains("DRAFT"));
        assertEquals("REGISTERED", w.params().get(3));
        String page = ClaimQueries.page(w);
        assertTrue(page.contains("from (select c.id from claim c where c.person_id = ?"), page);
        assertTrue(page.contains("order by c.created_at desc, c.id desc limit ? offset ?)"), page);
        assertTrue(page.endsWith("order by c.created_at desc, c.id desc"), page);
    }

    @Test
    void staffSeeThePersonsClaimsWithoutTheFamilyCondition() {
        ClaimQueries.Where w = ClaimQueries.person(7, null, ClaimFilter.PAID, null);
        assertEquals(" where c.person_id = ? and c.state = ?", w.sql());
        assertEquals(List.of(7L, "PAID"), w.params());
    }

    @Test
    void eachFilterIsItsStates() {
        for (ClaimFilter f : ClaimFilter.values()) {
            ClaimQueries.Where w = ClaimQueries.person(1, null, f, null);
            List<Object> states = w.params().subList(1, w.params().size());
            assertEquals(f.states().size(), states.size(), f.name());
            for (Object s : states) {
                assertTrue(f.includes(ClaimState.valueOf((String) s)), f + " " + s);
            }
        }
        assertEquals(List.of(1L, "REGISTERED", "DEFICIENCY_FIXED"),
                ClaimQueries.person(1, null, ClaimFilter.AWAITING_ASSESSMENT, null).params());
        assertEquals(List.of(1L, "ASSESSED", "SENT_TO_FINANCE", "PAYMENT_RETURNED"),
                ClaimQueries.person(1, null, ClaimFilter.IN_PAYMENT, null).params());
    }

    @Test
    void aTrackingCodeIsSearchedInAnyDigits() {
        ClaimQueries.Where w = ClaimQueries.person(1, null, ClaimFilter.DEFICIENCY, "۱۲۳۴ ۵٦٧-890");
        assertTrue(w.sql().endsWith(" and c.tracking_code = ?"), w.sql());
        assertEquals("1234567890", w.params().get(w.params().size() - 1));
        ClaimQueries.Where prefix = ClaimQueries.person(1, null, ClaimFilter.ALL, "۱۲۳");
        assertTrue(prefix.sql().endsWith(" and c.tracking_code like ?"), prefix.sql());
        assertEquals("123%", prefix.params().get(prefix.params().size() - 1));
        assertNull(ClaimQueries.trackingCode("   "));
        assertEquals(ClaimQueries.KEY_SEARCH,
                assertThrows(ValidationException.class, () -> ClaimQueries.trackingCode("12ab")).key());
        assertEquals(ClaimQueries.KEY_SEARCH,
                assertThrows(ValidationException.class, () -> ClaimQueries.trackingCode("12345678901")).key());
        assertEquals(ClaimQueries.KEY_SEARCH,
                assertThrows(ValidationException.class, () -> ClaimQueries.trackingCode("1%")).key());
    }

    @Test
    void theCountIsCappedAndTheReportKeepsActiveContractsOnly() {
        ClaimQueries.Where w = ClaimQueries.person(1, 1L, ClaimFilter.ALL, null);
        assertTrue(ClaimQueries.countUpTo(w).endsWith(" limit ?) t"));
        String report = ClaimQueries.report(w);
        assertTrue(report.contains("and k.start_date <= ? and k.end_date >= ?"), report);
        assertTrue(report.contains("limit ? offset ?"), report);
        assertTrue(ClaimQueries.reportCountUpTo(w).contains("and k.start_date <= ? and k.end_date >= ? limit ?"));
        assertTrue(ClaimQueries.DRAFTS.contains("where c.created_by = ? and c.state = 'DRAFT'"));
    }

    @Test
    void anIbanIsShownMasked() {
        assertEquals("IR12 **** **** 3456", ClaimView.maskIban("IR120000000000000000003456"));
        assertEquals("IR12 **** **** 3456", ClaimView.maskIban("ir12 0000 0000 0000 0000 0000 3456"));
        assertNull(ClaimView.maskIban(null));
        assertNull(ClaimView.maskIban(" "));
        assertEquals("****", ClaimView.maskIban("IR12"));
    }

    @Test
    void deductionsAreGroupedByKindWithTheirItemAndExplanation() {
        List<ClaimView.DeductionGroup> groups = ClaimTracking.groups(List.of(),
                List.of(new ClaimDeduction(1, null, DeductionKind.NOT_COVERED, 500, "خارج از تعهد"),
                        new ClaimDeduction(1, null, DeductionKind.FRANCHISE, 100, "فرانشیز ۱۰٪"),
                        new ClaimDeduction(1, null, DeductionKind.FRANCHISE, 50, "فرانشیز ۱۰٪")));
        assertEquals(List.of(DeductionKind.FRANCHISE, DeductionKind.NOT_COVERED),
                groups.stream().map(ClaimView.DeductionGroup::kind).toList());
        assertEquals(150, groups.get(0).total());
        assertEquals(2, groups.get(0).lines().size());
        assertEquals("خارج از تعهد", groups.get(1).lines().get(0).explanation());
    }
}
