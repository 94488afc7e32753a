package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.TestData;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

/**
 * The managers' dashboard and reports in a browser: an administrator reads the figures of an insurer's claims and
 * sees the charts drawn under the page's CSP; downloads the summary report and finds the totals of the claims in
 * it; a member is refused the pages (403).
 */
class DashboardBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";

    private final BrowserClaims claims = new BrowserClaims(data);

    /** An insurer of its own with three claims registered five days ago: one waiting, one paid, one deficient. */
    private String insurerWithClaims(TestData.Member[] memberOut) {
        String name = "بیمه داشبورد " + TestData.unique("");
        long insurer = data.insurer(name);
        long contract = data.contract(insurer, data.policyholder("شرکت داشبورد آزمون"))
                .cover("سرپایی", 500_000_000L, 10).create();
        TestData.Member main = data.family(contract).create().main();
        claims.submitted(main, main, contract, 1_000_000);
        claims.paid(claims.submitted(main, main, contract, 2_000_000).id(), 2_000_000, 200_000, 300_000);
        claims.deficiency(claims.submitted(main, main, contract, 3_000_000).id(), "تصویر نسخه خوانا نیست");
        if (memberOut != null) {
            memberOut[0] = main;
        }
        return name;
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    @Test
    void adminReadsTheDashboardOfAnInsurerWithItsChartsDrawn() {
        String insurer = insurerWithClaims(null);
        Logins.staff(browser, data.staff("ADMIN", PASSWORD), PASSWORD);
        browser.click("menuDashboard");
        browser.waitForPath("/staff/reports/dashboard.xhtml");
        browser.choose("dashboardForm:insurer", insurer);
        browser.click("dashboardForm:show");
        browser.waitForLoad();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> "۳".equals(d.findElement(By.id("registered")).getText().strip()));
        // one assessed (paid) claim and no deficiency on it; one deficiency in three
        assertEquals("۱۰۰.۰٪", browser.text("firstPass"));
        assertEquals("۳۳.۳٪", browser.text("deficiencyRate"));
        assertEquals("۱٬۵۰۰٬۰۰۰", browser.text("paidTotal"));
        // Chart.js drew every chart (its script ran with the CSP nonce) and each has its table
        for (String chart : List.of("stateChart", "stageChart", "rateChart", "rejectionChart", "paidChart")) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(script(
                    "const c = document.querySelector('#' + arguments[0] + ' canvas');"
                            + "return !!(c && window.Chart && Chart.getChart(c));", chart)));
        }
        String page = browser.pageText();
        assertTrue(page.contains("ثبت تا رسیدگی"), page);
        assertTrue(page.contains(insurer), "the paid table names the insurer");
    }

    @Test
    void adminDownloadsTheSummaryReportWithTheTotalsOfTheClaims() throws Exception {
        String insurer = insurerWithClaims(null);
        Logins.staff(browser, data.staff("ADMIN", PASSWORD), PASSWORD);
        browser.open("/staff/reports/index.xhtml");
        browser.choose("reportsForm:insurer", insurer);
        // the download button posts the form; the same post through fetch hands the bytes to the test
        String answer = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const f = document.getElementById('reportsForm');"
                        + "const body = new URLSearchParams(new FormData(f));"
                        + "body.append('reportsForm:downloadSummary', '');"
                        + "fetch(f.action, {method: 'POST', body: body, credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => {"
                        + "  let s = ''; const a = new Uint8Array(b);"
                        + "  for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                        + "  done(r.status + '|' + r.headers.get('content-type') + '|' + btoa(s));"
                        + "})).catch(e => done('error ' + e));");
        String[] parts = answer.split("\\|", 3);
        assertEquals("200", parts[0], answer.length() > 300 ? answer.substring(0, 300) : answer);
        assertTrue(parts[1].startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), parts[1]);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(parts[2])))) {
            Sheet sheet = book.getSheetAt(0);
            // header, three states (registered, paid, deficiency), totals
            assertEquals(4, sheet.getLastRowNum());
            Row total = sheet.getRow(4);
            assertEquals("جمع", total.getCell(0).getStringCellValue());
            assertEquals(3, (long) total.getCell(5).getNumericCellValue());
            assertEquals(6_000_000L, (long) total.getCell(6).getNumericCellValue());
            assertEquals(1_500_000L, (long) total.getCell(13).getNumericCellValue());
        }
    }

    @Test
    void aMemberIsRefusedTheReportPages() {
        TestData.Member[] member = new TestData.Member[1];
        insurerWithClaims(member);
        data.memberAccount(member[0].personId(), member[0].nationalId(), PASSWORD);
        Logins.member(browser, member[0].nationalId(), PASSWORD);
        for (String path : List.of("/staff/reports/dashboard.xhtml", "/staff/reports/index.xhtml",
                "/staff/reports/premiums.xhtml")) {
            String status = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done('' + r.status))"
                            + ".catch(e => done('error ' + e));", path);
            assertEquals("403", status, path);
        }
        assertTrue(browser.driver().findElements(By.id("menuDashboard")).isEmpty());
    }
}
