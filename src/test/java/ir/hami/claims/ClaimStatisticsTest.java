package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.claims.ClaimStatistics.DayHistogram;
import ir.hami.claims.ClaimStatistics.JalaliMonth;
import ir.hami.platform.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's arithmetic: percentiles of days, rates, the loss ratio, Jalali months; and its figures. */
class ClaimStatisticsTest {

    @Test
    void medianAndNinetiethPercentileAreNearestRankOfDays() {
        // days 1..10, one claim each: half reached within 5 days, nine tenths within 9
        DayHistogram h = new DayHistogram();
        for (int d = 10; d >= 1; d--) {
            h.add(d, 1);
        }
        assertEquals(10, h.count());
        assertEquals(5, h.median());
        assertEquals(9, h.percentile(90));
        assertEquals(10, h.percentile(100));
        assertEquals(1, h.percentile(1));
    }

    @Test
    void percentilesCountEveryClaimOfAGroup() {
        // 7 claims in 2 days, 2 in 30, 1 in 100: rank of the median is 5 (2 days), of p90 is 9 (30 days)
        DayHistogram h = new DayHistogram();
        h.add(30, 2);
        h.add(2, 7);
        h.add(100, 1);
        assertEquals(2, h.median());
        assertEquals(30, h.percentile(90));
        // an eleventh claim moves p90's rank to ceil(9.9) = 10: 100 days
        h.add(100, 1);
        assertEquals(100, h.percentile(90));
    }

    @Test
    void oddCountMedianIsTheMiddleClaim() {
        DayHistogram h = new DayHistogram();
        h.add(3, 1);
        h.add(8, 1);
        h.add(20, 1);
        assertEquals(8, h.median());
        assertEquals(20, h.percentile(90));
    }

    @Test
    void noClaimsHaveNoPercentileAndNegativeDaysCountAsZero() {
        DayHistogram h = new DayHistogram();
        assertNull(h.median());
        h.add(-1, 2);
        h.add(4, 0);
        assertEquals(2, h.count());
        assertEquals(0, h.median());
        assertThrows(IllegalArgumentException.class, () -> h.percentile(0));
    }

    @Test
    void ratesArePercentsWithOneDecimalHalfUp() {
        assertEquals(new BigDecimal("66.7"), ClaimStatistics.percent(2, 3));
        assertEquals(new BigDecimal("33.3"), ClaimStatistics.percent(1, 3));
        assertEquals(new BigDecimal("100.0"), ClaimStatistics.percent(5, 5));
        assertEquals(new BigDecimal("0.1"), ClaimStatistics.percent(1, 1999)); // 0.05002… → 0.1
        assertNull(ClaimStatistics.percent(0, 0));
    }

    @Test
    void lossRatioIsPaidAgainstPremium() {
        assertEquals(new BigDecimal("87.5"), ClaimStatistics.lossRatio(875_000_000L, 1_000_000_000L));
        assertEquals(new BigDecimal("120.0"), ClaimStatistics.lossRatio(1_200_000_000L, 1_000_000_000L));
        assertNull(ClaimStatistics.lossRatio(5L, null));
        // ten billion Rials of premium, exact in long
        assertEquals(new BigDecimal("0.0"), ClaimStatistics.lossRatio(0, 10_000_000_000L));
    }

    @Test
    void monthsOfAPeriodAreJalaliAndCrossTheYear() {
        // 2026-03-01 is 10 Esfand 1404; 2026-04-25 is 5 Ordibehesht 1405
        List<JalaliMonth> months = ClaimStatistics.months(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 25));
        assertEquals(List.of(new JalaliMonth(1404, 12), new JalaliMonth(1405, 1), new JalaliMonth(1405, 2)), months);
        assertEquals("1404/12", months.get(0).label());
        // 1 Farvardin 1405 is 2026-03-21, the day before is still Esfand
        assertEquals(new JalaliMonth(1404, 12), JalaliMonth.of(LocalDate.of(2026, 3, 20)));
        assertEquals(new JalaliMonth(1405, 1), JalaliMonth.of(LocalDate.of(2026, 3, 21)));
        assertEquals(1, ClaimStatistics.months(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 21)).size());
    }

    @Test
    void dashboardFiguresCountRatesRejectionsAndPaidPerMonth() {
        ReportFilter f = ReportFilter.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 25), null);
        DashboardFigures d = new DashboardFigures.Builder(f)
                .states(ClaimState.PAID, false, null, 6)
                .states(ClaimState.PAID, true, null, 2)
                .states(ClaimState.ASSESSED, false, null, 2)
                .states(ClaimState.REGISTERED, false, null, 5)
                .states(ClaimState.DEFICIENCY, true, null, 3)
                .states(ClaimState.REJECTED, false, RejectReason.DUPLICATE, 1)
                .states(ClaimState.REJECTED, true, RejectReason.NOT_COVERED, 1)
                .stageDays(2, 1, 4, 7, 3)
                .stageDays(10, null, null, null, 1)
                .paid(7, LocalDate.of(2026, 3, 10), 100)
                .paid(7, LocalDate.of(2026, 3, 20), 50)
                .paid(7, LocalDate.of(2026, 4, 1), 30)
                .paid(9, LocalDate.of(2026, 4, 24), 5)
                .build(Map.of(7L, "بیمه الف", 9L, "بیمه ب"));
        assertEquals(20, d.registered());
        assertEquals(8, d.perState().get(ClaimState.PAID));
        assertEquals(0, d.perState().get(ClaimState.SENT_TO_FINANCE));
        // assessed (paid and assessed) 10, of them 8 with no deficiency
        assertEquals(new BigDecimal("80.0"), d.firstPassRate());
        // deficiency: 2 paid + 3 in deficiency + 1 rejected = 6 of 20
        assertEquals(new BigDecimal("30.0"), d.deficiencyRate());
        assertEquals(2, d.rejected());
        assertEquals(1, d.rejections().get(RejectReason.DUPLICATE));
        DashboardFigures.StageFigure toAssessed = d.stages().get(0);
        assertEquals(4, toAssessed.count());
        assertEquals(2, toAssessed.median());
        assertEquals(10, toAssessed.p90());
        assertEquals(3, d.stages().get(3).count());
        assertEquals(7, d.stages().get(3).median());
        // months Esfand, Farvardin, Ordibehesht: 10 and 20 March are Esfand, 1 April Farvardin, 24 April Ordibehesht
        assertEquals(List.of(150L, 30L, 0L), d.paid().get(0).perMonth());
        assertEquals("بیمه الف", d.paid().get(0).name());
        assertEquals(List.of(0L, 0L, 5L), d.paid().get(1).perMonth());
        assertEquals(185, d.paidTotal());
    }

    @Test
    void aReportPeriodIsRequiredOrderedAndAtMostAYear() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertEquals("reports.period.required",
                assertThrows(ValidationException.class, () -> ReportFilter.period(null, day, null).checked()).key());
        assertEquals("reports.period.order", assertThrows(ValidationException.class,
                () -> ReportFilter.period(day, day.minusDays(1), null).checked()).key());
        assertEquals("reports.period.tooLong", assertThrows(ValidationException.class,
                () -> ReportFilter.period(day, day.plusDays(366), null).checked()).key());
        ReportFilter.period(day, day.plusDays(365), null).checked();
        ReportFilter.period(day, day, null).checked();
    }
}
