package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.text.PersianText;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

/**
 * The claims extras on a phone (390×844), as a member and an administrator: an admission made with an image, its
 * document changed, confirmed and then frozen; the remaining-ceiling bars; the medical file's drugs; the catalogue's
 * new service with a required document.
 */
class ClaimExtrasBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";

    @Override
    protected Browser newBrowser() {
        return Browser.phone(390, 844);
    }

    /** A family (main member and spouse) with an account, under a contract with a family and a personal ceiling. */
    private final class Family {
        final long insurer = data.insurer(TestData.unique("بیمه پارس آزمون "));
        final long contract = data.contract(insurer, data.policyholder("شرکت آزمون"))
                .cover("بستری و جراحی", 50_000_000L, 10).cover("دارو", 5_000_000L, 30).create();
        final TestData.Family f = data.family(contract).dependents(1).lastName("صالحی").create();
        final long hospitalCover = cover("بستری و جراحی");
        final long drugCover = cover("دارو");

        Family() {
            data.update("update contract_cover set cover_kind = 'HOSPITAL', family_ceiling = ? where id = ?", true,
                    hospitalCover);
            data.update("update contract_cover set cover_kind = 'DRUG' where id = ?", drugCover);
            data.memberAccount(f.main().personId(), f.main().nationalId(), PASSWORD);
        }

        private long cover(String title) {
            return ((Number) data.queryValue("select id from contract_cover where contract_id = ? and title = ?",
                    contract, title)).longValue();
        }

        /** What assessments used, as cover_usage rows. */
        void used(long coverId, TestData.Member person, long amount) {
            data.update("insert into cover_usage (id, cover_id, contract_id, person_id, main_person_id, used_amount, "
                            + "claim_count, version) values (?,?,?,?,?,?,1,0)", data.nextId("cover_usage"), coverId,
                    contract, person.personId(), f.main().personId(), amount);
        }

        /** An assessed drug claim of the main member with one item; its id. */
        long assessedDrug(String drug, String physician) {
            long id = data.nextId("claim");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            LocalDate day = LocalDate.now().minusDays(5);
            data.update("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, "
                            + "contract_id, insurer_id, national_id, patient_name, service_date, service_type_id, "
                            + "cover_id, requested_amount, e_prescription, draft_step, state, created_at, "
                            + "registered_at, assessed_at, updated_at, deficiency_round, total_amount, "
                            + "payable_amount, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, TrackingCodes.next(), "MEMBER", f.main().nationalId(), f.main().personId(),
                    f.main().personId(), contract, insurer, f.main().nationalId(), f.main().fullName(), day, 2L,
                    drugCover, 900_000L, false, 4, "ASSESSED", now, now, now, now, 0, 900_000L, 630_000L, 0L);
            data.update("insert into claim_item (id, claim_id, line_no, item_kind, title, physician, council_code, "
                            + "prescribed_on, quantity, total_amount, deducted_amount, payable_amount) "
                            + "values (?,?,?,?,?,?,?,?,?,?,?,?)", data.nextId("claim_item"), id, 1, "DRUG", drug,
                    physician, "98765", day, 2, 900_000L, 270_000L, 630_000L);
            return id;
        }
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** No sideways scrolling at 390 px. */
    private void fitsThePhone(String page) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        assertTrue(widths.get(0).longValue() <= widths.get(1).longValue(),
                page + " is " + widths.get(0) + " px wide in a " + widths.get(1) + " px window");
    }

    private long number(String sql, Object... args) {
        return ((Number) data.queryValue(sql, args)).longValue();
    }

    @Test
    void anAdmissionIsMadeWithAnImageChangedConfirmedAndFrozen() {
        Family family = new Family();
        long person = family.f.main().personId();
        Logins.member(browser, family.f.main().nationalId(), PASSWORD);
        browser.open("/member/admissions.xhtml");
        assertTrue(browser.text("admissionsForm:admissionsTable").contains("پذیرشی در این وضعیت ندارید"));
        browser.type("newForm:title", "مدارک بستری بیمارستان");
        browser.click("newForm:create");
        browser.waitForPath("/member/admission.xhtml");
        browser.waitFor(By.id("trackingCode"));
        assertEquals("مدارک بستری بیمارستان", browser.text("admissionTitle"));
        fitsThePhone("admission");

        // an image needs its document type first; then it is stored at once
        browser.choose("uploadForm:type", "اصل صورتحساب یا فاکتور");
        browser.driver().findElement(By.id("uploadForm:file_input"))
                .sendKeys(SampleFiles.write("invoice.png", TestData.png()).toAbsolutePath().toString());
        waitUntil(d -> !d.findElements(By.id("documentsForm:docs:0:docType")).isEmpty());
        assertTrue(browser.pageText().contains("آیا مدرک دیگری می‌خواهید به این پذیرش اضافه کنید؟"));
        assertEquals(1L, number("select count(*) from claim_admission_document d join claim_admission a "
                + "on a.id = d.admission_id where a.person_id = ?", person));
        WebElement image = browser.driver().findElement(By.cssSelector(".admission-document img"));
        waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;", image))
                .intValue() > 0);

        // the document's type and note changed
        browser.choose("documentsForm:docs:0:docType", "نسخه یا دستور پزشک");
        browser.type("documentsForm:docs:0:docNote", "نسخه دکتر نادری");
        browser.click("documentsForm:docs:0:saveDocument");
        browser.waitForText("تغییرات مدرک ذخیره شد");
        assertEquals("نسخه دکتر نادری", data.queryValue("select d.note from claim_admission_document d "
                + "join claim_admission a on a.id = d.admission_id where a.person_id = ?", person));
        assertEquals(2L, number("select d.document_type_id from claim_admission_document d "
                + "join claim_admission a on a.id = d.admission_id where a.person_id = ?", person));
        browser.screenshot("admission-phone");

        // "I confirm": completed, and nothing can be changed any more
        browser.click("actionsForm:confirm");
        browser.click("actionsForm:confirmYes");
        browser.waitForText("پذیرش تایید شد");
        assertEquals("تکمیل شده", browser.text("state"));
        assertTrue(browser.driver().findElements(By.id("uploadForm:file_input")).isEmpty(), "no upload");
        assertTrue(browser.driver().findElements(By.id("documentsForm:docs:0:saveDocument")).isEmpty(), "no edit");
        assertTrue(browser.driver().findElements(By.id("actionsForm:deleteAdmission")).isEmpty(), "no delete");
        assertEquals("COMPLETED", data.queryValue("select state from claim_admission where person_id = ?", person));
        fitsThePhone("admission confirmed");

        browser.open("/member/admissions.xhtml");
        // the completed tab lists it
        browser.driver().findElement(By.xpath("//*[@id='admissionsForm:state']"
                + "//label[normalize-space(.)='تکمیل شده']")).click();
        browser.waitForLoad();
        waitUntil(d -> d.findElement(By.id("admissionsForm:admissionsTable")).getText()
                .contains("مدارک بستری بیمارستان"));
        fitsThePhone("admissions");
    }

    @Test
    void theRemainingCeilingsAreBarsWithASentence() {
        Family family = new Family();
        family.used(family.hospitalCover, family.f.main(), 10_000_000L);
        family.used(family.hospitalCover, family.f.dependents().get(0), 2_000_000L);
        family.used(family.drugCover, family.f.main(), 1_200_000L);
        family.used(family.drugCover, family.f.dependents().get(0), 4_000_000L); // the spouse's own, not counted
        Logins.member(browser, family.f.main().nationalId(), PASSWORD);
        browser.open("/member/ceilings.xhtml");
        List<WebElement> bars = browser.driver().findElements(By.cssSelector("[role=progressbar]"));
        assertEquals(2, bars.size());
        assertEquals("24", bars.get(0).getAttribute("aria-valuenow"), "hospital: 12M of 50M");
        assertEquals("24", bars.get(1).getAttribute("aria-valuenow"), "drug: 1.2M of 5M");
        String text = browser.text("ceilingsForm");
        assertTrue(text.contains("از سقف خانوادگی ۵۰٬۰۰۰٬۰۰۰ ریال این پوشش (مشترک میان همه افراد خانواده)، "
                + "۱۲٬۰۰۰٬۰۰۰ ریال مصرف شده و ۳۸٬۰۰۰٬۰۰۰ ریال باقی مانده است."), text);
        assertTrue(text.contains("از سقف ۵٬۰۰۰٬۰۰۰ ریال این پوشش، ۱٬۲۰۰٬۰۰۰ ریال مصرف شده و ۳٬۸۰۰٬۰۰۰ ریال "
                + "باقی مانده است."), text);
        assertTrue(text.contains("سقف خانوادگی") && text.contains("سقف فردی"));
        fitsThePhone("ceilings");
        browser.screenshot("ceilings-phone");

        // the spouse's bars
        browser.choose("ceilingsForm:person", family.f.dependents().get(0).fullName());
        waitUntil(d -> d.findElement(By.id("ceilingsForm")).getText().contains("۴٬۰۰۰٬۰۰۰ ریال مصرف شده"));
    }

    @Test
    void theMedicalFileShowsAnAssessedClaimsDrug() {
        Family family = new Family();
        Logins.member(browser, family.f.main().nationalId(), PASSWORD);
        browser.open("/member/medical-file.xhtml");
        assertTrue(browser.pageText().contains("پرونده پزشکی هنوز خالی است"));
        long claim = family.assessedDrug("آموکسی‌سیلین ۵۰۰", "دکتر نادری");
        browser.open("/member/medical-file.xhtml");
        browser.driver().findElement(By.xpath("//a[normalize-space(.)='داروها']")).click();
        waitUntil(d -> d.findElement(By.id("fileForm:tabs:drugsTable")).isDisplayed());
        String drugs = browser.text("fileForm:tabs:drugsTable");
        assertTrue(drugs.contains("آموکسی‌سیلین ۵۰۰"), drugs);
        assertTrue(drugs.contains("دکتر نادری"), drugs);
        String tracking = (String) data.queryValue("select tracking_code from claim where id = ?", claim);
        assertTrue(drugs.contains(PersianText.toPersianDigits(tracking)), drugs);
        assertFalse(browser.driver().findElements(By.cssSelector("#fileForm\\:tabs\\:drugsTable a[href*='claim.xhtml?id="
                + claim + "']")).isEmpty(), "a link to the claim");
        fitsThePhone("medical file");
        browser.screenshot("medical-file-phone");
    }

    @Test
    void theAdministratorAddsAServiceWithARequiredDocument() {
        String admin = data.staff("ADMIN", PASSWORD);
        String code = ("BR-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        Logins.staff(browser, admin, PASSWORD);
        browser.open("/admin/claim-catalogue.xhtml");
        browser.choose("servicesForm:type", "ویزیت پزشک");
        browser.type("servicesForm:code", code.toLowerCase());
        browser.type("servicesForm:title", "ویزیت در منزل آزمون");
        browser.click("servicesForm:saveService");
        browser.waitForText("ذخیره شد");
        waitUntil(d -> d.findElement(By.id("requirementsService")).getText().contains("ویزیت در منزل آزمون"));
        browser.choose("requirementsForm:requireType", "نسخه یا دستور پزشک");
        browser.click("requirementsForm:require");
        waitUntil(d -> d.findElement(By.id("requirementsForm:requirementsTable")).getText()
                .contains("نسخه یا دستور پزشک"));
        assertTrue(browser.text("requirementsForm:requirementsTable").contains("الزامی"));
        long service = number("select id from claim_service where code = ?", code);
        assertEquals(1L, number("select count(*) from claim_required_document where service_id = ? "
                + "and document_type_id = 2 and mandatory = ?", service, true));
        // the same code again is refused beside the field
        browser.type("servicesForm:code", code);
        browser.type("servicesForm:title", "تکراری");
        browser.click("servicesForm:saveService");
        browser.waitForText("پیش‌تر به کار رفته است");
        assertEquals(code, browser.find("servicesForm:code").getAttribute("value"), "what was typed stays");
        assertEquals("تکراری", browser.find("servicesForm:title").getAttribute("value"));
        fitsThePhone("catalogue");
        browser.screenshot("catalogue-phone");
    }
}
