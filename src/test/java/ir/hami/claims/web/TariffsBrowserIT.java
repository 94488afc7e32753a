package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The tariff in a real browser: the administrator adds a row, finds it, changes its price and deactivates it. */
class TariffsBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";

    private long number(String sql, Object... args) {
        Object v = data.queryValue(sql, args);
        return v == null ? -1 : ((Number) v).longValue();
    }

    private void waitForTable(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.findElement(
                By.id("tariffsForm:tariffsTable")).getText().contains(text));
    }

    @Test
    void theAdministratorAddsFindsRepricesAndDeactivatesATariffRow() {
        String admin = data.staff("ADMIN", PASSWORD);
        String code = ("TB-" + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
        Logins.staff(browser, admin, PASSWORD);
        browser.open("/admin/tariffs.xhtml");
        browser.click("tariffsForm:newTariff");
        browser.waitFor(By.id("tariffsForm:tcode"));
        browser.type("tariffsForm:tcode", code.toLowerCase(Locale.ROOT));
        browser.type("tariffsForm:ttitle", "جلسه گفتاردرمانی آزمون");
        browser.choose("tariffsForm:tkind", "خدمات درمانی");
        browser.choose("tariffsForm:ttype", "فیزیوتراپی (PHYSIO)");
        // a price with a letter in it: refused beside the field, what was typed stays
        browser.type("tariffsForm:tprice", "۲۵۰۰x");
        browser.click("tariffsForm:saveTariff");
        browser.waitForText("قیمت واحد را به ریال");
        assertEquals("جلسه گفتاردرمانی آزمون", browser.find("tariffsForm:ttitle").getAttribute("value"));
        assertEquals(-1, number("select id from claim_tariff where code = ?", code), "nothing saved");
        // Persian digits and separators
        browser.type("tariffsForm:tprice", "۲٬۵۰۰٬۰۰۰");
        browser.click("tariffsForm:saveTariff");
        browser.waitForText("ردیف تعرفه " + code + " ثبت شد");
        assertEquals(2_500_000, number("select unit_price from claim_tariff where code = ?", code));

        browser.type("tariffsForm:search", code.toLowerCase(Locale.ROOT));
        // the new row may already be on the first page before the search answers: wait for the search itself,
        // the table narrowed to this one row, so that "row 0" below is ours and not a starter tariff
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            var rows = d.findElements(By.cssSelector("[id='tariffsForm:tariffsTable_data'] > tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(code);
        });
        String row = browser.text("tariffsForm:tariffsTable");
        assertTrue(row.contains("۲٬۵۰۰٬۰۰۰") || row.contains("2,500,000"), row);
        assertTrue(row.contains("فیزیوتراپی"), row);
        browser.screenshot("tariffs-added");

        browser.click("tariffsForm:tariffsTable:0:edit");
        browser.waitFor(By.id("tariffsForm:tprice"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "2500000".equals(
                d.findElement(By.id("tariffsForm:tprice")).getAttribute("value")));
        browser.type("tariffsForm:tprice", "3000000");
        browser.click("tariffsForm:saveTariff");
        browser.waitForText("ردیف تعرفه " + code + " ثبت شد");
        assertEquals(3_000_000, number("select unit_price from claim_tariff where code = ?", code));

        browser.click("tariffsForm:tariffsTable:0:toggle");
        browser.waitForText("غیرفعال شد");
        assertEquals(0, number("select count(*) from claim_tariff where code = ? and active = ?", code, true));
        waitForTable("خیر");
        browser.screenshot("tariffs-deactivated");
    }
}
