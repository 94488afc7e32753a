package ir.hami.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Deployments;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account side of the members' API as an app uses it: activation and recovery by SMS code, the profile (contact,
 * IBAN, mobile change, password change), notifications and messages to a unit with attachments; and another
 * family's ids on every id-bearing path.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAccountIT {

    private static final String PASSWORD = "Hami-Api-1403";
    private static final String NEW_PASSWORD = "Hami-Tazeh-1404";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private TestData data;

    @BeforeEach
    void freshCounters() {
        data = TestData.on(dataSource);
        // every request of this class comes from the loopback address: its hourly SMS and failure counts start over
        data.update("delete from rate_event where bucket like ? or bucket like ?", "%127.0.0.1%", "%0:0:0:0:0:0:0:1%");
    }

    private long contract() {
        return data.contract(data.insurer(TestData.unique("بیمه")), data.policyholder(TestData.unique("شرکت"))).create();
    }

    private TestData.Member member() {
        TestData.Member m = data.family(contract()).create().main();
        data.memberAccount(m.personId(), m.nationalId(), PASSWORD);
        return m;
    }

    private ApiClient app(TestData.Member m) {
        return new ApiClient(base).login(m.nationalId(), PASSWORD, "GROUP");
    }

    private static String json(Object... pairs) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v == null) {
                b.addNull((String) pairs[i]);
            } else if (v instanceof Number n) {
                b.add((String) pairs[i], n.longValue());
            } else {
                b.add((String) pairs[i], v.toString());
            }
        }
        return b.build().toString();
    }

    private String lastCodeSentTo(String mobile) {
        String sms = (String) data.queryValue("select body from sms_message where mobile = ? order by id desc", mobile);
        assertNotNull(sms, "no SMS to " + mobile);
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    private long smsCount(String mobile) {
        return ((Number) data.queryValue("select count(*) from sms_message where mobile = ?", mobile)).longValue();
    }

    private static void problem(ApiClient.Answer a, int status, String type) {
        assertEquals(status, a.status(), a.toString());
        assertTrue(a.header("content-type").startsWith("application/problem+json"), a.toString());
        JsonObject p = a.json();
        assertTrue(p.getString("type").contains(type), a.toString());
        assertFalse(p.getString("title_fa").isBlank(), a.toString());
        assertTrue(p.getString("title_fa").codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), a.toString());
    }

    private static String refreshBody(String token) {
        return json("refreshToken", token);
    }

    // ---- activation

    @Test
    void aMemberActivatesByTheRostersMobileAndSignsIn() {
        TestData.Member m = data.family(contract()).create().main();
        ApiClient anon = new ApiClient(base);
        ApiClient.Answer sent = anon.post("/api/v1/auth/activation/code", json("nationalId", m.nationalId(),
                "mobile", m.mobile()));
        assertEquals(202, sent.status(), sent.toString());
        assertTrue(sent.json().getString("maskedMobile").contains("***") || sent.json().getString("maskedMobile")
                .contains("*"), sent.toString());
        String code = lastCodeSentTo(m.mobile());

        // a weak password is refused before the code is spent
        problem(anon.post("/api/v1/auth/activation", json("nationalId", m.nationalId(), "mobile", m.mobile(),
                "code", code, "password", "123", "repeated", "123")), 400, "");
        ApiClient.Answer done = anon.post("/api/v1/auth/activation", json("nationalId", m.nationalId(),
                "mobile", m.mobile(), "code", code, "password", PASSWORD, "repeated", PASSWORD));
        assertEquals(200, done.status(), done.toString());
        new ApiClient(base).login(m.nationalId(), PASSWORD, "GROUP");
        // the code is single use
        problem(anon.post("/api/v1/auth/activation", json("nationalId", m.nationalId(), "mobile", m.mobile(),
                "code", code, "password", NEW_PASSWORD, "repeated", NEW_PASSWORD)), 400, "activation-code-refused");
    }

    @Test
    void activationAnswersAlikeAndSendsNoCodeToAMobileNotOnTheRoster() {
        TestData.Member m = data.family(contract()).create().main();
        String other = TestData.newMobile();
        ApiClient.Answer a = new ApiClient(base).post("/api/v1/auth/activation/code",
                json("nationalId", m.nationalId(), "mobile", other));
        assertEquals(202, a.status(), a.toString());
        assertEquals(0, smsCount(other), "no code to a mobile the roster does not have");
    }

    @Test
    void withoutAMobileOnTheRosterOnlyTheRosterDataBindATypedMobile() {
        TestData.Member m = data.family(contract()).noMobile().create().main();
        String typed = TestData.newMobile();
        ApiClient anon = new ApiClient(base);
        // the national ID alone (anyone may know it): no code
        assertEquals(202, anon.post("/api/v1/auth/activation/code", json("nationalId", m.nationalId(),
                "mobile", typed)).status());
        assertEquals(0, smsCount(typed));
        // a wrong birth date: no code
        assertEquals(202, anon.post("/api/v1/auth/activation/code", json("nationalId", m.nationalId(),
                "mobile", typed, "memberCode", m.memberCode(), "birthDate", "1990-01-01")).status());
        assertEquals(0, smsCount(typed));
        // member code and birth date (Jalali 1364/01/01 = 1985-03-21) of the roster: a code
        assertEquals(202, anon.post("/api/v1/auth/activation/code", json("nationalId", m.nationalId(),
                "mobile", typed, "memberCode", m.memberCode(), "birthDate", "1364/01/01")).status());
        String code = lastCodeSentTo(typed);
        assertEquals(200, anon.post("/api/v1/auth/activation", json("nationalId", m.nationalId(), "mobile", typed,
                "code", code, "password", PASSWORD, "repeated", PASSWORD)).status());
        assertEquals(typed, data.queryValue("select mobile from person where id = ?", m.personId()));
        assertEquals(true, data.queryValue("select mobile_self_declared from user_account where person_id = ?",
                m.personId()));
    }

    @Test
    void wrongAndExpiredActivationCodesAreRefused() {
        TestData.Member m = data.family(contract()).create().main();
        ApiClient anon = new ApiClient(base);
        assertEquals(202, anon.post("/api/v1/auth/activation/code", json("nationalId", m.nationalId(),
                "mobile", m.mobile())).status());
        String code = lastCodeSentTo(m.mobile());
        String wrong = code.equals("000000") ? "111111" : "000000";
        problem(anon.post("/api/v1/auth/activation", json("nationalId", m.nationalId(), "mobile", m.mobile(),
                "code", wrong, "password", PASSWORD, "repeated", PASSWORD)), 400, "activation-code-refused");
        data.update("update verification_code set expires_at = ? where subject = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(600)), m.nationalId());
        problem(anon.post("/api/v1/auth/activation", json("nationalId", m.nationalId(), "mobile", m.mobile(),
                "code", code, "password", PASSWORD, "repeated", PASSWORD)), 400, "activation-code-refused");
        assertEquals(0L, ((Number) data.queryValue("select count(*) from user_account where person_id = ?",
                m.personId())).longValue(), "no account was made");
        problem(anon.post("/api/v1/auth/activation/code", json("nationalId", "123", "mobile", m.mobile())), 400, "");
    }

    // ---- recovery

    @Test
    void aMemberRecoversThePasswordByCodeAndEveryDeviceIsSignedOut() {
        TestData.Member m = member();
        ApiClient phone = app(m);
        ApiClient anon = new ApiClient(base);
        problem(anon.post("/api/v1/auth/recovery/code", json("memberCode", m.memberCode(), "nationalId",
                m.nationalId(), "mobile", TestData.newMobile())), 400, "recovery-mobile-mismatch");
        ApiClient.Answer sent = anon.post("/api/v1/auth/recovery/code", json("memberCode", m.memberCode(),
                "nationalId", m.nationalId(), "mobile", m.mobile()));
        assertEquals(202, sent.status(), sent.toString());
        assertEquals(5, sent.json().getInt("remaining"));
        String code = lastCodeSentTo(m.mobile());
        ApiClient.Answer done = anon.post("/api/v1/auth/recovery", json("memberCode", m.memberCode(),
                "nationalId", m.nationalId(), "mobile", m.mobile(), "code", code, "password", NEW_PASSWORD,
                "repeated", NEW_PASSWORD));
        assertEquals(200, done.status(), done.toString());
        assertEquals(4, done.json().getInt("remaining"));
        assertEquals(401, anon.post("/api/v1/auth/refresh", refreshBody(phone.refreshToken())).status(),
                "the recovery signed the phone out");
        new ApiClient(base).login(m.nationalId(), NEW_PASSWORD, "GROUP");
        problem(anon.post("/api/v1/auth/recovery/code", json("memberCode", "NOPE", "nationalId", m.nationalId(),
                "mobile", m.mobile())), 404, "recovery-not-found");
    }

    // ---- profile

    @Test
    void theProfileIsReadWithAnETagAndItsContactAndIbanUpdated() {
        TestData.Member m = member();
        ApiClient app = app(m);
        ApiClient.Answer read = app.get("/api/v1/me/profile");
        assertEquals(200, read.status(), read.toString());
        assertEquals(m.nationalId(), read.json().getString("nationalId"));
        assertEquals(m.mobile(), read.json().getString("mobile"));
        String etag = read.header("etag");
        assertNotNull(etag);
        assertEquals(304, app.get("/api/v1/me/profile", "If-None-Match", etag).status());
        long version = read.json().getJsonNumber("version").longValue();

        problem(app.put("/api/v1/me/profile/contact", json("phone", "02122514788", "iban", "IR000000000000000000000000",
                "version", version)), 400, "iban-");
        problem(app.put("/api/v1/me/profile/contact", json("phone", "12", "version", version)), 400,
                "profile-phone-invalid");
        ApiClient.Answer saved = app.put("/api/v1/me/profile/contact", json("phone", "۰۲۱۲۲۵۱۴۷۸۸",
                "email", "ali@example.com", "postalCode", "1234567890", "iban", "IR062960000000100324200001",
                "version", version));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("02122514788", saved.json().getString("phone"));
        String masked = saved.json().getString("ibanMasked");
        assertTrue(masked.startsWith("IR06") && masked.endsWith("01") && masked.contains("*"), masked);
        assertFalse(saved.body().contains("IR062960000000100324200001"), "the whole IBAN is not sent back");
        assertEquals("IR062960000000100324200001", data.queryValue("select iban from person where id = ?",
                m.personId()));
        // the old version: refused, nothing saved
        problem(app.put("/api/v1/me/profile/contact", json("phone", "02188888888", "version", version)), 400,
                "profile-concurrent");
        // no iban: the one on file stays
        long v2 = saved.json().getJsonNumber("version").longValue();
        ApiClient.Answer kept = app.put("/api/v1/me/profile/contact", json("phone", "02188888888", "version", v2));
        assertEquals(200, kept.status(), kept.toString());
        assertEquals("IR062960000000100324200001", data.queryValue("select iban from person where id = ?",
                m.personId()));
        assertTrue(app.get("/api/v1/me/profile", "If-None-Match", etag).status() == 200, "changed: a new ETag");
    }

    @Test
    void theMobileChangesOnlyWithTheCodeSentToTheNewOne() {
        TestData.Member m = member();
        ApiClient app = app(m);
        String fresh = TestData.newMobile();
        problem(app.post("/api/v1/me/profile/mobile/code", json("mobile", m.mobile())), 400, "profile-mobile-same");
        assertEquals(202, app.post("/api/v1/me/profile/mobile/code", json("mobile", fresh)).status());
        problem(app.post("/api/v1/me/profile/mobile/code", json("mobile", fresh)), 400, "sms-wait");
        String code = lastCodeSentTo(fresh);
        String wrong = code.equals("000000") ? "111111" : "000000";
        problem(app.post("/api/v1/me/profile/mobile", json("code", wrong)), 400, "sms-code-wrong");
        assertEquals(m.mobile(), data.queryValue("select mobile from person where id = ?", m.personId()));
        ApiClient.Answer ok = app.post("/api/v1/me/profile/mobile", json("code", code));
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(fresh, ok.json().getString("mobile"));
        problem(app.post("/api/v1/me/profile/mobile", json("code", code)), 400, "sms-code-used");
    }

    @Test
    void expiredAndTooManyMobileCodesAreRefused() {
        TestData.Member m = member();
        ApiClient app = app(m);
        String fresh = TestData.newMobile();
        assertEquals(202, app.post("/api/v1/me/profile/mobile/code", json("mobile", fresh)).status());
        String code = lastCodeSentTo(fresh);
        data.update("update verification_code set expires_at = ? where subject = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(600)), m.nationalId());
        problem(app.post("/api/v1/me/profile/mobile", json("code", code)), 400, "sms-code-expired");
        // at most a few codes an hour to one mobile, however long the member waits between them
        int status = 202;
        for (int i = 0; i < 8 && status == 202; i++) {
            data.update("update verification_code set created_at = ? where subject = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(3600 * 2)), m.nationalId());
            ApiClient.Answer a = app.post("/api/v1/me/profile/mobile/code", json("mobile", fresh));
            status = a.status();
            if (status != 202) {
                problem(a, 400, "sms-too-many");
            }
        }
        assertEquals(400, status, "the per-mobile limit was never reached");
        assertTrue(smsCount(fresh) <= 5, "at most 5 codes an hour to one mobile");
    }

    @Test
    void aPasswordChangeSignsEveryDeviceOut() {
        TestData.Member m = member();
        ApiClient phone = app(m);
        ApiClient tablet = app(m);
        problem(phone.post("/api/v1/me/profile/password", json("current", "not-it-1234", "password", NEW_PASSWORD,
                "repeated", NEW_PASSWORD)), 400, "password-current-wrong");
        ApiClient.Answer ok = phone.post("/api/v1/me/profile/password", json("current", PASSWORD,
                "password", NEW_PASSWORD, "repeated", NEW_PASSWORD));
        assertEquals(200, ok.status(), ok.toString());
        ApiClient anon = new ApiClient(base);
        assertEquals(401, anon.post("/api/v1/auth/refresh", refreshBody(phone.refreshToken())).status());
        assertEquals(401, anon.post("/api/v1/auth/refresh", refreshBody(tablet.refreshToken())).status());
        assertEquals(0L, ((Number) data.queryValue("select count(*) from api_refresh_token t join user_account a "
                + "on a.id = t.account_id where a.person_id = ? and t.revoked_at is null", m.personId())).longValue());
        new ApiClient(base).login(m.nationalId(), NEW_PASSWORD, "GROUP");
    }

    @Test
    void theProfileNeedsAToken() {
        problem(new ApiClient(base).get("/api/v1/me/profile"), 401, "token-missing");
        problem(new ApiClient(base).get("/api/v1/me/notifications"), 401, "token-missing");
        problem(new ApiClient(base).get("/api/v1/me/messages"), 401, "token-missing");
    }

    // ---- notifications

    private long notification(TestData.Member m, String text) {
        long id = data.nextId("member_notification");
        data.update("insert into member_notification (id, person_id, created_at, text, link) values (?,?,?,?,?)",
                id, m.personId(), java.sql.Timestamp.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                text, "/member/home.xhtml");
        return id;
    }

    @Test
    void notificationsArePagedCountedAndMarkedReadOnlyForTheirMember() {
        TestData.Member me = member();
        TestData.Member other = member();
        long n1 = notification(me, "خسارت شما ثبت شد");
        notification(me, "خسارت شما بررسی شد");
        long n3 = notification(me, "خسارت شما پرداخت شد");
        long theirs = notification(other, "اعلان خانواده دیگر");
        ApiClient app = app(me);

        ApiClient.Answer first = app.get("/api/v1/me/notifications?page=0&size=2");
        assertEquals(200, first.status(), first.toString());
        assertEquals(3, first.json().getInt("total"));
        assertEquals(3, first.json().getInt("unread"));
        assertEquals(2, first.json().getJsonArray("items").size());
        assertEquals(n3, first.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertFalse(first.body().contains("اعلان خانواده دیگر"));
        assertNotNull(first.json().getJsonArray("items").getJsonObject(0).getString("createdAtJalali"));
        String etag = first.header("etag");
        assertEquals(304, app.get("/api/v1/me/notifications?page=0&size=2", "If-None-Match", etag).status());
        assertEquals(1, app.get("/api/v1/me/notifications?page=1&size=2").json().getJsonArray("items").size());
        problem(app.get("/api/v1/me/notifications?size=500"), 400, "invalid-body");

        assertEquals(204, app.post("/api/v1/me/notifications/" + n1 + "/read", "").status());
        assertEquals(2, app.get("/api/v1/me/notifications/unread-count").json().getInt("unread"));
        assertEquals(200, app.get("/api/v1/me/notifications?page=0&size=2", "If-None-Match", etag).status(),
                "changed: no 304");
        // another family's notification: not found, and left unread
        problem(app.post("/api/v1/me/notifications/" + theirs + "/read", ""), 404, "api-notification-not-found");
        assertNull(data.queryValue("select read_at from member_notification where id = ?", theirs));

        assertEquals(204, app.post("/api/v1/me/notifications/read-all", "").status());
        assertEquals(0, app.get("/api/v1/me/notifications/unread-count").json().getInt("unread"));
        assertNull(data.queryValue("select read_at from member_notification where id = ?", theirs));
    }

    // ---- messages

    private ApiClient.Answer upload(ApiClient app, String key, String name, String type, byte[] bytes) {
        return app.postBytes("/api/v1/me/messages/attachments", type, bytes, "Idempotency-Key", key,
                "X-File-Name", java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A 50 MB "JPEG" streamed, so that the test does not hold it in memory. */
    private ApiClient.Answer fiftyMegabytes(ApiClient app, String key) {
        byte[] head = SampleFiles.jpeg(64);
        long size = 50L * 1024 * 1024;
        java.util.function.Supplier<java.io.InputStream> body = () -> new java.io.InputStream() {
            private long at;

            @Override
            public int read() {
                if (at >= size) {
                    return -1;
                }
                return at < head.length ? head[(int) at++] & 0xff : (int) (at++ & 0);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - at);
                for (int i = 0; i < n; i++) {
                    b[off + i] = at + i < head.length ? head[(int) (at + i)] : 0;
                }
                at += n;
                return n;
            }
        };
        return app.send(app.request("/api/v1/me/messages/attachments", "Idempotency-Key", key, "X-File-Name", "big.jpg")
                .header("Content-Type", "image/jpeg")
                .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(body), size)));
    }

    private String newThread(long insurer, String subject) {
        return json("insurerId", insurer, "unit", "REFERRAL", "subject", subject, "body", "دستور پزشک پیوست است.");
    }

    @Test
    void aMemberSendsAMessageWithAttachmentsOnceAndRepliesToIt() {
        TestData.Member me = member();
        long insurer = data.insurer(TestData.unique("بیمه پیام"));
        ApiClient app = app(me);
        ApiClient.Answer insurers = app.get("/api/v1/me/messages/insurers");
        assertEquals(200, insurers.status(), insurers.toString());
        assertFalse(insurers.any().asJsonArray().isEmpty());
        String key = "msg-" + UUID.randomUUID();

        ApiClient.Answer img = upload(app, key, "دستور پزشک.jpg", "image/jpeg", SampleFiles.jpeg(20_000));
        assertEquals(201, img.status(), img.toString());
        assertEquals("image/jpeg", img.json().getString("contentType"));
        // a PDF named .jpg is kept as what its bytes are, never as the name or the header says
        ApiClient.Answer pdf = upload(app, key, "scan.jpg", "image/jpeg", SampleFiles.pdf());
        assertEquals(201, pdf.status(), pdf.toString());
        assertEquals("application/pdf", pdf.json().getString("contentType"));
        problem(upload(app, key, "photo.jpg", "image/jpeg", SampleFiles.exe()), 400, "upload-type");
        problem(fiftyMegabytes(app, key), 400, "upload-too-large");
        problem(upload(app, key, "empty.jpg", "image/jpeg", new byte[0]), 400, "upload-empty");

        ApiClient.Answer sent = app.post("/api/v1/me/messages", newThread(insurer, "درخواست معرفی‌نامه"),
                "Idempotency-Key", key);
        assertEquals(201, sent.status(), sent.toString());
        long thread = sent.json().getJsonNumber("threadId").longValue();
        ApiClient.Answer again = app.post("/api/v1/me/messages", newThread(insurer, "درخواست معرفی‌نامه"),
                "Idempotency-Key", key);
        assertEquals(200, again.status(), again.toString());
        assertEquals(thread, again.json().getJsonNumber("threadId").longValue());
        assertTrue(again.json().getBoolean("repeated"));
        assertEquals(1L, ((Number) data.queryValue("select count(*) from message_thread where sender_person_id = ?",
                me.personId())).longValue());
        problem(upload(app, key, "late.jpg", "image/jpeg", SampleFiles.jpeg(1000)), 409,
                "api-messages-key-used-conflict");

        ApiClient.Answer details = app.get("/api/v1/me/messages/" + thread);
        assertEquals(200, details.status(), details.toString());
        var posts = details.json().getJsonArray("posts");
        assertEquals(1, posts.size());
        var attachments = posts.getJsonObject(0).getJsonArray("attachments");
        assertEquals(2, attachments.size());
        long attachment = attachments.getJsonObject(0).getJsonNumber("id").longValue();
        ApiClient.Answer file = app.get("/api/v1/me/messages/attachments/" + attachment);
        assertEquals(200, file.status());
        assertEquals(304, app.get("/api/v1/me/messages/" + thread, "If-None-Match", details.header("etag")).status());

        ApiClient.Answer list = app.get("/api/v1/me/messages?page=0&size=10");
        assertEquals(200, list.status(), list.toString());
        assertEquals(1, list.json().getInt("total"));
        assertEquals(304, app.get("/api/v1/me/messages?page=0&size=10", "If-None-Match", list.header("etag")).status());

        String replyKey = "reply-" + UUID.randomUUID();
        assertEquals(201, upload(app, replyKey, "card.png", "image/png", TestData.png()).status());
        String reply = json("body", "کارت ملی هم پیوست شد.");
        ApiClient.Answer replied = app.post("/api/v1/me/messages/" + thread + "/replies", reply,
                "Idempotency-Key", replyKey);
        assertEquals(201, replied.status(), replied.toString());
        assertEquals(2, replied.json().getJsonArray("posts").size());
        assertEquals(1, replied.json().getJsonArray("posts").getJsonObject(1).getJsonArray("attachments").size());
        assertEquals(201, app.post("/api/v1/me/messages/" + thread + "/replies", reply, "Idempotency-Key", replyKey)
                .status());
        assertEquals(2, app.get("/api/v1/me/messages/" + thread).json().getJsonArray("posts").size(),
                "the repeated reply added nothing");

        problem(app.post("/api/v1/me/messages", newThread(insurer, "بی‌کلید")), 400, "idempotency-key-missing");
        problem(app.post("/api/v1/me/messages", json("insurerId", insurer, "unit", "REFERRAL", "subject", "",
                "body", "x"), "Idempotency-Key", "k-" + UUID.randomUUID()), 400, "messages-subject-required");
        problem(app.post("/api/v1/me/messages", json("insurerId", insurer, "unit", "NOPE", "subject", "a",
                "body", "x"), "Idempotency-Key", "k-" + UUID.randomUUID()), 400, "invalid-body");
    }

    @Test
    void twoParallelSendsWithOneKeyMakeOneThread() throws Exception {
        TestData.Member me = member();
        long insurer = data.insurer(TestData.unique("بیمه پیام"));
        ApiClient app = app(me);
        String key = "par-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<ApiClient.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(() -> app.post("/api/v1/me/messages", newThread(insurer, "موازی"), "Idempotency-Key", key));
            }
            Set<Long> threads = new HashSet<>();
            for (Future<ApiClient.Answer> f : pool.invokeAll(calls)) {
                ApiClient.Answer a = f.get();
                assertTrue(a.status() == 201 || a.status() == 200, a.toString());
                threads.add(a.json().getJsonNumber("threadId").longValue());
            }
            assertEquals(1, threads.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, ((Number) data.queryValue("select count(*) from message_thread where sender_person_id = ?",
                me.personId())).longValue());
    }

    @Test
    void anotherFamilysThreadsAttachmentsAndNotificationsAreNotReached() {
        TestData.Member owner = member();
        TestData.Member stranger = member();
        long insurer = data.insurer(TestData.unique("بیمه پیام"));
        ApiClient ownerApp = app(owner);
        String key = "own-" + UUID.randomUUID();
        assertEquals(201, upload(ownerApp, key, "order.jpg", "image/jpeg", SampleFiles.jpeg(5000)).status());
        long thread = ownerApp.post("/api/v1/me/messages", newThread(insurer, "خصوصی"), "Idempotency-Key", key)
                .json().getJsonNumber("threadId").longValue();
        long attachment = ownerApp.get("/api/v1/me/messages/" + thread).json().getJsonArray("posts").getJsonObject(0)
                .getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        long notice = notification(owner, "اعلان خصوصی");

        ApiClient thief = app(stranger);
        problem(thief.get("/api/v1/me/messages/" + thread), 404, "messages-not-found");
        problem(thief.get("/api/v1/me/messages/attachments/" + attachment), 404, "messages-not-found");
        problem(thief.post("/api/v1/me/messages/" + thread + "/replies", json("body", "سلام"),
                "Idempotency-Key", "t-" + UUID.randomUUID()), 404, "messages-not-found");
        problem(thief.post("/api/v1/me/notifications/" + notice + "/read", ""), 404, "api-notification-not-found");
        assertEquals(0, thief.get("/api/v1/me/messages").json().getInt("total"));
        assertEquals(0, thief.get("/api/v1/me/notifications").json().getInt("total"));
        assertEquals(1L, ((Number) data.queryValue("select count(*) from message_post p join message_thread t "
                + "on t.id = p.thread_id where t.id = ?", thread)).longValue());
        assertNull(data.queryValue("select read_at from member_notification where id = ?", notice));
        // the same Idempotency-Key from another account is another request
        ApiClient.Answer own = thief.post("/api/v1/me/messages", newThread(insurer, "مال خودم"),
                "Idempotency-Key", key);
        assertEquals(201, own.status(), own.toString());
        assertFalse(own.json().getJsonNumber("threadId").longValue() == thread);
    }
}
