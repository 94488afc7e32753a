package ir.hami.messaging.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.ScreenshotOnFailure;
import ir.hami.testing.TestData;
import ir.hami.testing.PortalServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «ارسال فایل / پیام» as people use it: a member sends a message with a photo of the doctor's order (a disguised
 * program and a 50 MB photo are refused beside the field, the rest stays), a visitor of the public site sends one
 * with the captcha, the referral unit assigns, replies and closes, the member reads the reply; nobody opens another
 * member's message.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesBrowserIT {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String WRONG_TYPE = "نوع فایل پذیرفته نیست";
    private static final String NOT_FOUND = "صفحه مورد نظر یافت نشد.";

    private final TestData data = TestData.browser();
    private Browser member;
    private Browser staff;
    private String insurerName;
    private TestData.Member sender;
    private TestData.Member stranger;

    @BeforeAll
    void openBrowsers() {
        member = new Browser();
        staff = new Browser();
        insurerName = "بیمه پیام‌رسان " + TestData.unique("");
        long insurer = data.insurer(insurerName);
        long contract = data.contract(insurer, data.policyholder("شرکت پیام‌رسان")).create();
        sender = data.family(contract).create().main();
        stranger = data.family(contract).create().main();
        data.memberAccount(sender.personId(), sender.nationalId(), PASSWORD);
        data.memberAccount(stranger.personId(), stranger.nationalId(), PASSWORD);
    }

    @AfterAll
    void closeBrowsers() {
        member.close();
        staff.close();
    }

    @BeforeEach
    void loggedOut() {
        for (Browser b : new Browser[] {member, staff}) {
            b.open("/login.xhtml");
            b.driver().manage().deleteAllCookies();
        }
    }

    @Test
    void aMemberSendsAPhotoOfTheOrderAndBadFilesAreRefusedBesideTheField() {
        String subject = TestData.unique("معرفی‌نامه بیمارستان ");
        Path order = SampleFiles.write("دستور-پزشک.jpg", SampleFiles.jpeg(40_000));
        Path disguised = SampleFiles.write("photo.jpg", SampleFiles.exe());
        Path huge = SampleFiles.write("huge-photo.jpg", SampleFiles.jpeg(50 * 1024 * 1024));

        Logins.member(member, sender.nationalId(), PASSWORD);
        member.click("menuMessages");
        member.waitForPath("/member/messages.xhtml");
        member.click("listForm:newMessage");
        member.waitForPath("/member/new-message.xhtml");
        assertEquals(sender.fullName(), member.text("senderName"));
        member.choose("messageForm:insurer", insurerName);
        member.choose("messageForm:unit", "واحد معرفی‌نامه");
        member.type("messageForm:subject", subject);
        member.type("messageForm:body", "لطفاً معرفی‌نامه بستری صادر شود. دستور پزشک پیوست است.");

        // a program renamed .jpg and a real photo chosen together: the program is refused, the photo stays
        attach(member, disguised, order);
        String refused = member.waitForText(WRONG_TYPE);
        assertTrue(refused.contains("photo.jpg: " + WRONG_TYPE), refused);
        member.waitForText("دستور-پزشک.jpg");
        // a 50 MB photo never leaves the browser; the accepted photo is still listed
        attach(member, huge);
        member.waitForText("huge-photo.jpg: حجم فایل بیش از ۵ مگابایت است");
        assertTrue(member.text("messageForm:attachmentsBox").contains("دستور-پزشک.jpg"));
        assertEquals(subject, member.find("messageForm:subject").getAttribute("value"), "typed text stays");
        member.screenshot("message-attachments-refused");

        member.click("messageForm:send");
        String code = member.find("trackingCode").getText().strip();
        assertTrue(code.matches("[۰-۹]{10}"), code);
        member.screenshot("message-sent-member");
        String ascii = PersianText.normalizeDigits(code);
        assertEquals(1L, count("select count(*) from message_thread where subject = ? and tracking_code = ?", subject,
                ascii));
        assertEquals(1L, count("select count(*) from message_attachment a join message_thread t on t.id = a.thread_id "
                + "where t.tracking_code = ?", ascii));

        // «پیام‌های من» lists it, awaiting an answer
        member.click("menuMessages");
        String list = member.waitForText(subject);
        assertTrue(list.contains(code) && list.contains("در انتظار پاسخ"), list);
    }

    @Test
    void aVisitorOfThePublicSiteSendsWithTheCaptcha() {
        String subject = TestData.unique("پرسش عمومی ");
        member.open("/login.xhtml");
        member.click("messageLink");
        member.waitForPath("/public/message.xhtml");
        member.choose("messageForm:insurer", insurerName);
        member.choose("messageForm:unit", "امور مشتریان");
        member.type("messageForm:name", "مریم رضایی");
        member.type("messageForm:mobile", "۰۹۱۲۳۳۳۴۴۵۵");
        member.type("messageForm:subject", subject);
        member.type("messageForm:body", "سقف پوشش عینک چقدر است؟");
        member.type("messageForm:captcha", "WRONG");
        member.click("messageForm:send");
        member.waitForText("کد امنیتی درست نیست");
        assertEquals(subject, member.find("messageForm:subject").getAttribute("value"), "typed text stays");
        member.type("messageForm:captcha", Logins.captchaAnswer(member, "messageForm"));
        member.click("messageForm:send");
        String code = member.find("trackingCode").getText().strip();
        assertTrue(code.matches("[۰-۹]{10}"), code);
        member.screenshot("message-sent-public");

        // the visitor follows it by tracking code and mobile
        member.click("messageForm:trackLink");
        member.waitForPath("/public/track-message.xhtml");
        member.type("trackForm:code", code);
        member.type("trackForm:mobile", "09123334455");
        member.type("trackForm:captcha", Logins.captchaAnswer(member, "trackForm"));
        member.click("trackForm:find");
        String thread = member.waitForText(subject);
        assertTrue(thread.contains("در انتظار پاسخ") && thread.contains("سقف پوشش عینک چقدر است؟"), thread);
        member.screenshot("message-tracked-public");
        assertEquals(1L, count("select count(*) from message_thread where subject = ? and sender_person_id is null "
                + "and sender_mobile = '09123334455'", subject));
    }

    private static final String BOUNDARY = "hami-boundary";
    /** The start of a multipart body with one file field of the message form, up to the file's bytes. */
    private static final byte[] FILE_PART_HEAD = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; "
            + "name=\"messageForm:files_input\"; filename=\"big.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY_TAIL = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);

    @Test
    void anUploadOverTheServletLimitThatBypassesTheBrowserGetsThe413PageNotAnError() throws Exception {
        byte[] body = new byte[FILE_PART_HEAD.length + 25 * 1024 * 1024 + BODY_TAIL.length];
        System.arraycopy(FILE_PART_HEAD, 0, body, 0, FILE_PART_HEAD.length);
        System.arraycopy(BODY_TAIL, 0, body, body.length - BODY_TAIL.length, BODY_TAIL.length);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(PortalServer.baseUrl() + "/public/message.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("<redirect url=\"/errors/413.xhtml\""), answer.body());
        member.open("/errors/413.xhtml");
        member.waitForText("حجم فایل یا درخواست بیش از حد مجاز است.");
    }

    /** The same upload sent in chunks (no Content-Length): the container refuses it only while Faces reads it. */
    @Test
    void aChunkedUploadOverTheLimitAlsoGetsThe413Page() throws Exception {
        java.util.function.Supplier<java.io.InputStream> body = () -> new java.io.SequenceInputStream(
                java.util.Collections.enumeration(java.util.List.of(new java.io.ByteArrayInputStream(FILE_PART_HEAD),
                        new java.io.ByteArrayInputStream(new byte[24 * 1024 * 1024]),
                        new java.io.ByteArrayInputStream(BODY_TAIL))));
        for (boolean ajax : new boolean[] {true, false}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(PortalServer.baseUrl() + "/public/message.xhtml"))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(body));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax");
            }
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (ajax) {
                assertEquals(200, answer.statusCode());
                assertTrue(answer.body().contains("<redirect url=\"/errors/413.xhtml\""), answer.body());
            } else {
                assertEquals(302, answer.statusCode(), answer.body());
                assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/errors/413.xhtml"),
                        answer.headers().toString());
            }
        }
    }

    @Test
    void theReferralUnitAssignsRepliesAndClosesAndTheMemberReadsTheReply() {
        String subject = TestData.unique("پیگیری ");
        String code = sendAsMember(subject);
        String referral = data.staff("REFERRAL", PASSWORD);

        Logins.staff(staff, referral, PASSWORD);
        staff.click("menuInbox");
        staff.waitForPath("/staff/messages/inbox.xhtml");
        staff.type("inboxForm:trackingCode", code);
        staff.click("inboxForm:filter");
        // the filter may update the table more than once: wait for the one row of this thread, whatever is replaced
        new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.xpath("//tbody[@id='inboxForm:threads_data']/tr")).size() == 1
                        && d.findElement(By.id("inboxForm:threads")).getText().contains(subject));
        staff.screenshot("messages-inbox");
        // the filtered table may still be replaced by its Ajax update: click again if the link went stale
        new WebDriverWait(staff.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.getCurrentUrl().contains("/staff/messages/thread.xhtml")) {
                        d.findElement(By.id("inboxForm:threads:0:open")).click();
                    }
                    return d.getCurrentUrl().contains("/staff/messages/thread.xhtml");
                });
        staff.waitForLoad();
        assertEquals(subject, staff.text("threadSubject"));
        staff.click("actionsForm:assignToMe");
        staff.waitForText("پیام ارجاع شد.");
        assertTrue(staff.text("threadAssignee").contains(referral));
        // taken back to the unit's common queue, then assigned again
        staff.choose("actionsForm:assignee", "ارجاع نشده");
        staff.click("actionsForm:assign");
        staff.waitForText("ارجاع پیام برداشته شد");
        assertTrue(staff.text("threadAssignee").contains("ارجاع نشده"), staff.text("threadAssignee"));
        staff.click("actionsForm:assignToMe");
        staff.waitForText("پیام ارجاع شد.");
        assertTrue(staff.text("threadAssignee").contains(referral));
        staff.type("replyForm:body", "معرفی‌نامه شما صادر شد و برای بیمارستان فکس شد.");
        staff.click("replyForm:send");
        staff.waitForText("پاسخ ثبت شد");
        assertEquals("پاسخ داده شده", staff.text("threadStatus"));
        staff.click("actionsForm:close");
        staff.waitForText("گفتگو بسته شد.");
        assertEquals("بسته شده", staff.text("threadStatus"));
        staff.screenshot("messages-thread-staff");

        member.click("menuMessages");
        member.waitForText(subject);
        member.driver().findElement(By.xpath("//tr[td[contains(normalize-space(.),'" + subject + "')]]//a"))
                .click();
        member.waitForPath("/member/message.xhtml");
        String thread = member.waitForText("معرفی‌نامه شما صادر شد و برای بیمارستان فکس شد.");
        assertTrue(thread.contains("بسته شده"), thread);
        assertTrue(thread.contains("این گفتگو بسته شده است"), thread);
        member.screenshot("message-thread-member");
        assertTrue(count("select count(*) from sms_message where mobile = ? and body like ?", sender.mobile(),
                "%پاسخ داده شد%") >= 1);
    }

    @Test
    void aMemberCannotOpenAnotherMembersMessageOrItsFile() {
        String subject = TestData.unique("خصوصی ");
        sendAsMember(subject);
        Object thread = data.queryValue("select id from message_thread where subject = ?", subject);
        Object file = data.queryValue("select a.id from message_attachment a where a.thread_id = ?", thread);

        member.open("/login.xhtml");
        member.driver().manage().deleteAllCookies();
        Logins.member(member, stranger.nationalId(), PASSWORD);
        member.open("/member/message.xhtml?id=" + thread);
        member.waitForText(NOT_FOUND);
        assertFalse(member.pageText().contains(subject));
        member.open("/message-file?id=" + file);
        assertFalse(member.pageText().contains("JFIF"));
        member.waitForText(NOT_FOUND);
        member.screenshot("message-other-member-refused");

        // staff of no answering unit (referral, claims assessors, administrators) have no inbox
        Logins.staff(staff, data.staff("FINANCE", PASSWORD), PASSWORD);
        staff.open("/staff/messages/inbox.xhtml");
        staff.waitForText("دسترسی به این صفحه برای شما مجاز نیست.");
    }

    /** The member sends a message with one photo through the page; returns its tracking code in ASCII digits. */
    private String sendAsMember(String subject) {
        Logins.member(member, sender.nationalId(), PASSWORD);
        member.open("/member/new-message.xhtml");
        member.choose("messageForm:insurer", insurerName);
        member.choose("messageForm:unit", "واحد معرفی‌نامه");
        member.type("messageForm:subject", subject);
        member.type("messageForm:body", "متن پیام آزمون");
        attach(member, SampleFiles.write("order.jpg", SampleFiles.jpeg(5_000)));
        member.waitForText("order.jpg");
        member.click("messageForm:send");
        return PersianText.normalizeDigits(member.find("trackingCode").getText().strip());
    }

    private static void attach(Browser browser, Path... files) {
        StringBuilder paths = new StringBuilder();
        for (Path f : files) {
            paths.append(paths.length() == 0 ? "" : "\n").append(f.toAbsolutePath());
        }
        browser.driver().findElement(By.id("messageForm:files_input")).sendKeys(paths.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> true);
        browser.waitForLoad();
    }

    private long count(String sql, Object... args) {
        return ((Number) data.queryValue(sql, args)).longValue();
    }
}
