package ir.hami.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.Assessment;
import ir.hami.claims.ClaimOffice;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.DeductionKind;
import ir.hami.claims.ItemKind;
import ir.hami.claims.payment.BuildResult;
import ir.hami.claims.payment.PaymentBatches;
import ir.hami.platform.security.Role;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsFinance;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Steps of the claims API's tests, as an app and the back office take them: a family under a contract with
 * electronic claims (its main member's IBAN on file), a claim through the wizard's calls, and the staff's assessment,
 * deficiency and payment through the back office's services.
 */
public final class ClaimSteps {

    public static final String PASSWORD = "Hami-Api-1403";
    public static final String IBAN = "IR062960000000100324200001";
    /** V15's catalogue: type 1 visit, service 1 GP visit (invoice mandatory); document types 1 invoice, 9 other. */
    public static final long VISIT = 1;
    public static final long GP_VISIT = 1;
    public static final long INVOICE = 1;
    public static final long OTHER = 9;
    public static final long PROVINCE = 1;
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    private static final ClaimViewer ASSESSOR = new ClaimViewer(Role.ASSESSOR, "assessor_api", null);
    private static final ClaimViewer FINANCE = new ClaimViewer(Role.FINANCE, "finance_api", null);

    public final TestData data;
    public final long insurer;
    public final long contract;
    public final long center;
    public final TestData.Family family;
    public final ApiClient app;

    /** A new family (main member and a spouse), not yet signed in; the app comes from its own address. */
    public ClaimSteps(DataSource dataSource, URL base) {
        data = TestData.on(dataSource);
        insurer = data.insurer("بیمه اپ " + TestData.unique(""));
        contract = data.contract(insurer, data.policyholder("شرکت اپ")).cover("درمان", 500_000_000L, 10).create();
        family = data.family(contract).dependents(1).create();
        center = data.center("درمانگاه اپ", 160).create();
        data.update("update person set iban = ? where id = ?", IBAN, family.main().personId());
        app = new ApiClient(base).header("X-Forwarded-For", "10.17." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250));
    }

    /** The main member's portal account, and the app signed in with it. */
    public ClaimSteps signedIn() {
        data.memberAccount(family.main().personId(), family.main().nationalId(), PASSWORD);
        app.login(family.main().nationalId(), PASSWORD);
        return this;
    }

    public long mainId() {
        return family.main().personId();
    }

    public long spouseId() {
        return family.dependents().get(0).personId();
    }

    public static String key() {
        return "k-" + UUID.randomUUID();
    }

    static String json(Object... pairs) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            String k = (String) pairs[i];
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Long l) {
                b.add(k, l);
            } else if (v instanceof Integer n) {
                b.add(k, n);
            } else if (v instanceof Boolean f) {
                b.add(k, f);
            } else {
                b.add(k, v.toString());
            }
        }
        return b.build().toString();
    }

    // ---------------------------------------------------------------- the wizard's calls

    public ApiClient.Answer start(long personId, LocalDate date, String key) {
        return app.post("/api/v1/me/claim-drafts", json("personId", personId, "contractId", contract, "serviceDate",
                date.toString()), "Idempotency-Key", key);
    }

    public long version(long claimId) {
        return ((Number) data.queryValue("select version from claim where id = ?", claimId)).longValue();
    }

    public ApiClient.Answer describe(long claimId, long amount) {
        return app.put("/api/v1/me/claim-drafts/" + claimId + "/details", json("version", version(claimId),
                "provinceId", PROVINCE, "centerId", center, "amount", amount, "serviceTypeId", VISIT, "serviceId",
                GP_VISIT, "basicInsurance", "SALAMAT", "councilCode", "۱۲۳۴۵", "ePrescription", false,
                "description", "ویزیت"));
    }

    public ApiClient.Answer upload(long claimId, long type, byte[] image, String name, String key) {
        return app.postBytes("/api/v1/me/claim-drafts/" + claimId + "/documents?documentTypeId=" + type,
                "image/jpeg", image, "Idempotency-Key", key, "X-File-Name", name);
    }

    /** The last 6-digit code sent by SMS to the main member's mobile (the outbox). */
    public String lastCode() {
        String sms = (String) data.queryValue("select body from sms_message where mobile = ? order by id desc",
                family.main().mobile());
        assertNotNull(sms, "no SMS to the main member");
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    /** Steps 1 to 5 through the API: the submitted claim's answer (id, trackingCode, state). */
    public JsonObject submit(long personId, long amount, byte[]... images) {
        ApiClient.Answer started = start(personId, TODAY.minusDays(3), key());
        assertEquals(201, started.status(), started.toString());
        long id = started.json().getJsonNumber("id").longValue();
        ApiClient.Answer described = describe(id, amount);
        assertEquals(200, described.status(), described.toString());
        for (int i = 0; i < images.length; i++) {
            ApiClient.Answer up = upload(id, i == 0 ? INVOICE : OTHER, images[i], "photo-" + i + ".jpg", key());
            assertEquals(201, up.status(), up.toString());
        }
        ApiClient.Answer done = app.post("/api/v1/me/claim-drafts/" + id + "/documents/done",
                json("version", version(id)));
        assertEquals(200, done.status(), done.toString());
        ApiClient.Answer sent = app.post("/api/v1/me/claim-drafts/" + id + "/code", "");
        assertEquals(200, sent.status(), sent.toString());
        ApiClient.Answer confirmed = app.post("/api/v1/me/claim-drafts/" + id + "/code/confirm",
                json("code", lastCode()));
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertTrue(confirmed.json().getBoolean("mobileConfirmed"));
        ApiClient.Answer submitted = app.post("/api/v1/me/claim-drafts/" + id + "/submit",
                json("version", version(id)));
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json();
    }

    // ---------------------------------------------------------------- the back office

    /** The assessor's decision: one visit of {@code total}, less out of tariff (with a sentence) and franchise. */
    public void assess(ClaimOffice office, RunAsAssessor as, long claimId, long total, long outOfTariff,
                       long franchise) throws Exception {
        RunAsRole.runAs(as, () -> office.assess(ASSESSOR, claimId, version(claimId), "دکتر ارزیاب",
                new Assessment(List.of(new Assessment.Item(ItemKind.VISIT, "ویزیت پزشک عمومی", null, null, null, 1,
                        total, List.of(new Assessment.Deduction(DeductionKind.OUT_OF_TARIFF, outOfTariff,
                                        "تعرفه مصوب ویزیت کمتر از مبلغ پرداختی بود"),
                                new Assessment.Deduction(DeductionKind.FRANCHISE, franchise, null)))),
                        "مدارک کامل بود")));
    }

    public void deficiency(ClaimOffice office, RunAsAssessor as, long claimId, String note) throws Exception {
        RunAsRole.runAs(as, () -> office.declareDeficiency(ASSESSOR, claimId, version(claimId), note));
    }

    /** Finance: sent to finance, the insurer's batch built, sent to the bank and deposited on {@code day}. */
    public void pay(PaymentBatches payments, RunAsFinance as, long claimId, LocalDate day) throws Exception {
        RunAsRole.runAs(as, () -> payments.sendToFinance(FINANCE, List.of(new PaymentBatches.Seen(claimId,
                version(claimId))), "FN-" + claimId, "پرداخت عادی"));
        BuildResult built = RunAsRole.callAs(as, () -> payments.build(FINANCE, insurer));
        assertNotNull(built.batch(), "a batch with the claim");
        long batch = built.batch().getId();
        RunAsRole.runAs(as, () -> payments.sendToBank(FINANCE, batch, day));
        RunAsRole.runAs(as, () -> payments.deposit(FINANCE, batch, day));
    }
}
