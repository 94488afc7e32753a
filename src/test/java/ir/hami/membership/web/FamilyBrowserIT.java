package ir.hami.membership.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.Logins;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Dependents and member inquiry in a real browser: paging, search, choosing the insured person, refusals. */
class FamilyBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String ROWS = "//tbody[@id='familyForm:familyTable_data']/tr";

    @Test
    void familyIsPagedSearchedAndTheInsuredPersonChosen() {
        long insurer = data.insurer("بیمه آسماری آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت فولاد آزمون"))
                .cover("بستری", 500_000_000L, 10).create();
        TestData.Family f = data.family(contract).dependents(14).lastName("صادقی").create();
        data.memberAccount(f.main().personId(), f.main().nationalId(), PASSWORD);

        Logins.member(browser, f.main().nationalId(), PASSWORD);
        // nothing chosen yet: the home page chose the first contract in force and the member themself
        assertTrue(browser.text("insuredBox").contains(f.main().fullName()), browser.text("insuredBox"));
        browser.screenshot("member-home");

        browser.click("menuFamily");
        browser.waitForText("نمایش ۱ تا ۱۰ از ۱۵ آیتم");
        assertEquals(10, rows().size());
        assertEquals(f.main().fullName(), cell(0, 1));
        assertEquals(PersianText.toPersianDigits(f.main().nationalId()), cell(0, 0));
        assertEquals("بیمه شده اصلی", cell(0, 2));
        assertEquals("همسر", cell(1, 2));
        String contractLabel = browser.text("familyForm:contract_label");
        assertTrue(contractLabel.contains("بیمه آسماری آزمون"), contractLabel);
        assertTrue(contractLabel.contains("۱۴"), "Jalali years in Persian digits: " + contractLabel);
        browser.screenshot("family-page-1");

        browser.waitFor(By.xpath("//*[@id='familyForm:familyTable_paginator_bottom']"
                + "//*[contains(@class,'ui-paginator-page') and normalize-space(.)='2']")).click();
        browser.waitForText("نمایش ۱۱ تا ۱۵ از ۱۵ آیتم");
        waitForRows(5);
        for (TestData.Member dependent : f.dependents().subList(9, 14)) {
            assertTrue(tableText().contains(PersianText.toPersianDigits(dependent.nationalId())), dependent.toString());
        }
        assertFalse(tableText().contains(PersianText.toPersianDigits(f.main().nationalId())));
        browser.screenshot("family-page-2");

        // مریم typed with the Arabic yeh: dependents 1 and 9
        browser.type("familyForm:search", "مريم");
        browser.waitForText("نمایش ۱ تا ۲ از ۲ آیتم");
        List<WebElement> found = waitForRows(2);
        assertTrue(found.get(0).getText().contains(PersianText.toPersianDigits(f.dependents().get(1).nationalId())));
        assertTrue(found.get(1).getText().contains(PersianText.toPersianDigits(f.dependents().get(9).nationalId())));
        browser.screenshot("family-search");

        // search by the beginning of a national ID typed in Persian digits
        String nationalId = f.dependents().get(12).nationalId();
        browser.type("familyForm:search", PersianText.toPersianDigits(nationalId));
        browser.waitForText("نمایش ۱ تا ۱ از ۱ آیتم");
        assertTrue(waitForRows(1).get(0).getText().contains(f.dependents().get(12).fullName()));

        browser.type("familyForm:search", "مريم");
        browser.waitForText("نمایش ۱ تا ۲ از ۲ آیتم");
        TestData.Member maryam = f.dependents().get(9);
        rowOf(maryam).findElement(By.xpath(".//button[contains(@id,':choose')]")).click();
        browser.waitForText("بیمه شده انتخاب شد: " + maryam.fullName());
        String box = browser.text("insuredBox");
        assertTrue(box.contains(maryam.fullName()), box);
        assertFalse(box.contains(f.main().fullName()), box);
        browser.screenshot("family-chosen");

        // the choice stays for the following pages
        browser.click("menuHome");
        browser.waitForPath("/member/home.xhtml");
        assertTrue(browser.text("insuredBox").contains(maryam.fullName()));
    }

    @Test
    void inquiryShowsTheMemberInquiryInPersian() {
        long insurer = data.insurer("بیمه ملت آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت پتروشیمی آزمون"))
                .cover("بستری", 500_000_000L, 10).cover("دندانپزشکی", 20_000_000L, 30).create();
        TestData.Family f = data.family(contract).dependents(1).lastName("رحیمی").create();
        TestData.Member spouse = f.dependents().get(0);
        data.update("update person set iban = ?, phone = ?, birth_date = ? where id = ?",
                "IR062960000000100324200001", "02122514788", LocalDate.of(2019, 9, 5), spouse.personId());
        data.memberAccount(f.main().personId(), f.main().nationalId(), PASSWORD);

        Logins.member(browser, f.main().nationalId(), PASSWORD);
        browser.click("menuFamily");
        browser.waitForText(spouse.fullName());
        rowOf(spouse).findElement(By.xpath(".//*[contains(@id,':inquiry')]//a")).click();
        browser.waitForPath("/member/inquiry.xhtml");
        assertEquals(spouse.fullName(), browser.text("inquiryName"));
        assertEquals("زن", browser.text("inquiryGender"));
        assertEquals("همسر", browser.text("inquiryRelation"));
        assertEquals(PersianText.toPersianDigits(spouse.nationalId()), browser.text("inquiryNationalId"));
        assertEquals("۱۳۹۸/۰۶/۱۴", browser.text("inquiryBirthDate"));
        assertTrue(browser.text("inquiryAge").contains("سال"), browser.text("inquiryAge"));
        assertTrue(browser.text("inquiryPolicy").contains("شرکت پتروشیمی آزمون"));
        assertEquals("IR۰۶ ۲۹۶۰ ۰۰۰۰ ۰۰۱۰ ۰۳۲۴ ۲۰۰۰ ۰۱", browser.text("inquiryIban"));
        assertEquals("۰۲۱۲۲۵۱۴۷۸۸", browser.text("inquiryPhone"));
        String covers = browser.text("coversTable");
        assertTrue(covers.contains("دندانپزشکی") && covers.contains("۲۰٬۰۰۰٬۰۰۰") && covers.contains("۳۰"), covers);
        assertFalse(browser.pageText().contains("???"));
        browser.screenshot("inquiry");
    }

    @Test
    void memberCannotOpenAnotherFamilysPerson() {
        long insurer = data.insurer("بیمه البرز آزمون");
        long contractA = data.contract(insurer, data.policyholder("شرکت الف")).create();
        long contractB = data.contract(insurer, data.policyholder("شرکت ب")).create();
        TestData.Family a = data.family(contractA).dependents(1).lastName("احمدی").create();
        TestData.Family b = data.family(contractB).dependents(2).lastName("بهرامی").create();
        TestData.Member stranger = b.dependents().get(1);
        data.update("update person set iban = ?, phone = ? where id = ?", "IR062960000000100324200001",
                "02188776655", stranger.personId());
        data.memberAccount(a.main().personId(), a.main().nationalId(), PASSWORD);

        Logins.member(browser, a.main().nationalId(), PASSWORD);
        for (String query : List.of("?person=" + stranger.personId(),
                "?person=" + stranger.personId() + "&contract=" + contractB,
                "?person=" + stranger.personId() + "&contract=" + contractA,
                "?person=" + b.main().personId())) {
            browser.open("/member/inquiry.xhtml" + query);
            String page = browser.waitForText("دسترسی به این بیمه شده برای شما مجاز نیست.");
            assertFalse(page.contains("بهرامی"), query);
            assertFalse(page.contains(stranger.nationalId()) || page.contains(PersianText.toPersianDigits(
                    stranger.nationalId())), query);
            assertFalse(page.contains("۸۸۷۷۶۶۵۵") || page.contains("88776655"), query);
            assertFalse(page.contains("۲۹۶۰") || page.contains("2960"), query);
            assertTrue(browser.driver().findElements(By.id("inquiry")).isEmpty(), query);
        }
        browser.screenshot("inquiry-refused");
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.xpath(ROWS));
    }

    private List<WebElement> waitForRows(int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            try {
                return rows().size() == count && !rows().get(0).getText().isBlank();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        return rows();
    }

    private String cell(int row, int column) {
        return rows().get(row).findElements(By.tagName("td")).get(column).getText().strip();
    }

    private String tableText() {
        return browser.text("familyForm:familyTable");
    }

    private WebElement rowOf(TestData.Member member) {
        return browser.waitFor(By.xpath(ROWS + "[td[normalize-space(.)='"
                + PersianText.toPersianDigits(member.nationalId()) + "']]"));
    }
}
