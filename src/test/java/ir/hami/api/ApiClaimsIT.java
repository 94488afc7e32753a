package ir.hami.api;

import static ir.hami.api.ClaimSteps.INVOICE;
import static ir.hami.api.ClaimSteps.OTHER;
import static ir.hami.api.ClaimSteps.TODAY;
import static ir.hami.api.ClaimSteps.json;
import static ir.hami.api.ClaimSteps.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.ClaimOffice;
import ir.hami.claims.TrackingFixtures;
import ir.hami.claims.payment.PaymentBatches;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsFinance;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The claims of the members' API over HTTP: the wizard's calls (idempotent start and uploads, also in parallel; the
 * page's refusals in Persian; uploads checked by content and size), the list (paging, filters, search, ETag 304),
 * details after assessment and payment (deductions with their sentences, masked IBAN), a deficiency fixed, the
 * admissions, and another family's ids on every id-bearing path (404, never data).
 */
@ExtendWith(ArquillianExtension.class)
class ApiClaimsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(ClaimSteps.class, TrackingFixtures.class);
    }

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Inject
    ClaimOffice office;

    @Inject
    PaymentBatches payments;

    @Inject
    TrackingFixtures fixtures;

    @Inject
    RunAsAssessor asAssessor;

    @Inject
    RunAsFinance asFinance;

    private ClaimSteps family() {
        return new ClaimSteps(dataSource, base).signedIn();
    }

    private long count(ClaimSteps s, String sql, Object... args) {
        return ((Number) s.data.queryValue(sql, args)).longValue();
    }

    private static long id(ApiClient.Answer a) {
        return a.json().getJsonNumber("id").longValue();
    }

    private static void persian(ApiClient.Answer a, int status, String text) {
        assertEquals(status, a.status(), a.toString());
        assertTrue(a.header("content-type").startsWith("application/problem+json"), a.toString());
        assertTrue(a.json().getString("title_fa").contains(text), a.toString());
    }

    @Test
    void aDraftIsStartedOnceForOneKeyEvenInParallel() throws Exception {
        ClaimSteps s = family();
        String k = key();
        ApiClient.Answer first = s.start(s.spouseId(), TODAY.minusDays(2), k);
        assertEquals(201, first.status(), first.toString());
        assertEquals("no-store", first.header("cache-control"));
        assertTrue(first.header("location").endsWith("/api/v1/me/claim-drafts/" + id(first)));
        ApiClient.Answer again = s.start(s.spouseId(), TODAY.minusDays(2), k);
        assertEquals(id(first), id(again), "the same key makes one draft");

        String parallel = key();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<Long> ids = new HashSet<>();
        try {
            List<Callable<ApiClient.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> s.start(s.mainId(), TODAY.minusDays(1), parallel));
            }
            for (Future<ApiClient.Answer> f : pool.invokeAll(calls)) {
                assertEquals(201, f.get().status(), f.get().toString());
                ids.add(id(f.get()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ids.size(), "four parallel starts with one key: one draft");
        assertEquals(2, count(s, "select count(*) from claim where created_by = ? and state = 'DRAFT'",
                s.family.main().nationalId()));

        // the drafts list, then a draft deleted
        ApiClient.Answer drafts = s.app.get("/api/v1/me/claim-drafts");
        assertEquals(200, drafts.status(), drafts.toString());
        assertEquals(2, drafts.json().getJsonArray("items").size());
        assertEquals(204, s.app.delete("/api/v1/me/claim-drafts/" + id(first)).status());
        assertEquals(404, s.app.get("/api/v1/me/claim-drafts/" + id(first)).status());
        assertEquals(1, s.app.get("/api/v1/me/claim-drafts").json().getJsonArray("items").size());
    }

    @Test
    void theWizardRefusesAsThePageDoesInPersian() throws Exception {
        ClaimSteps s = family();
        // no key; a date in the future
        ApiClient.Answer noKey = s.app.post("/api/v1/me/claim-drafts", json("personId", s.mainId(), "contractId",
                s.contract, "serviceDate", TODAY.toString()));
        persian(noKey, 400, "Idempotency-Key");
        persian(s.start(s.mainId(), TODAY.plusDays(2), key()), 400, "بعد از امروز");
        ApiClient.Answer jalali = s.app.post("/api/v1/me/claim-drafts", json("personId", s.mainId(), "contractId",
                s.contract, "serviceDateJalali", ir.hami.platform.time.Jalali.format(TODAY.minusDays(1))),
                "Idempotency-Key", key());
        assertEquals(201, jalali.status(), jalali.toString());
        long id = id(jalali);
        assertEquals(TODAY.minusDays(1).toString(), jalali.json().getString("serviceDate"));

        // step 2: a negative amount, a stale version
        ApiClient.Answer negative = s.app.put("/api/v1/me/claim-drafts/" + id + "/details", json("version",
                s.version(id), "provinceId", ClaimSteps.PROVINCE, "centerId", s.center, "amount", -5L,
                "serviceTypeId", ClaimSteps.VISIT, "serviceId", ClaimSteps.GP_VISIT, "basicInsurance", "SALAMAT",
                "ePrescription", false));
        persian(negative, 400, "بیشتر از صفر");
        ApiClient.Answer stale = s.app.put("/api/v1/me/claim-drafts/" + id + "/details", json("version", 99L,
                "amount", 10L));
        assertEquals(409, stale.status(), stale.toString());
        ApiClient.Answer described = s.describe(id, 3_000_000L);
        assertEquals(200, described.status(), described.toString());
        assertEquals("12345", described.json().getString("councilCode"));
        assertEquals(3, described.json().getInt("step"));
        assertEquals(INVOICE, described.json().getJsonArray("missing").getJsonObject(0)
                .getJsonNumber("documentTypeId").longValue());

        // uploads: a PDF named .jpg, an empty body, a 50 MB file; none is kept
        persian(s.upload(id, INVOICE, SampleFiles.pdf(), "invoice.jpg", key()), 400, "تصویر");
        persian(s.upload(id, INVOICE, new byte[0], "empty.jpg", key()), 400, "خالی");
        persian(s.upload(id, INVOICE, new byte[50 * 1024 * 1024], "huge.jpg", key()), 400, "مگابایت");
        persian(s.app.postBytes("/api/v1/me/claim-drafts/" + id + "/documents?documentTypeId=" + INVOICE,
                "image/jpeg", SampleFiles.jpeg(4000)), 400, "Idempotency-Key");
        assertEquals(0, count(s, "select count(*) from claim_document where claim_id = ?", id));

        // the same upload retried, and sent twice at once, adds one image each
        String k = key();
        ApiClient.Answer up = s.upload(id, INVOICE, SampleFiles.jpeg(4001), "%D9%81%D8%A7%DA%A9%D8%AA%D9%88%D8%B1.jpg",
                k);
        assertEquals(201, up.status(), up.toString());
        assertEquals("فاکتور.jpg", up.json().getString("fileName"));
        assertEquals(id(up), id(s.upload(id, INVOICE, SampleFiles.jpeg(4001), "x.jpg", k)));
        String twin = key();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ApiClient.Answer> call = () -> s.upload(id, OTHER, SampleFiles.jpeg(4002), "b.jpg", twin);
            List<Future<ApiClient.Answer>> both = pool.invokeAll(List.of(call, call));
            assertEquals(201, both.get(0).get().status(), both.get(0).get().toString());
            assertEquals(201, both.get(1).get().status(), both.get(1).get().toString());
            assertEquals(id(both.get(0).get()), id(both.get(1).get()));
        } finally {
            pool.shutdownNow();
        }
        JsonObject draft = s.app.get("/api/v1/me/claim-drafts/" + id).json();
        assertEquals(2, draft.getJsonArray("documents").size());
        assertEquals(0, draft.getJsonArray("missing").size());
        // the image reads back; one removed
        long other = draft.getJsonArray("documents").getJsonObject(1).getJsonNumber("id").longValue();
        ApiClient.Answer image = s.app.get(draft.getJsonArray("documents").getJsonObject(0).getString("href"));
        assertEquals(200, image.status());
        assertEquals("image/jpeg", image.header("content-type"));
        assertEquals(204, s.app.delete("/api/v1/me/claim-drafts/" + id + "/documents/" + other).status());
        assertEquals(1, count(s, "select count(*) from claim_document where claim_id = ?", id));

        // submit before the code: refused; a wrong code: refused
        persian(s.app.post("/api/v1/me/claim-drafts/" + id + "/submit", json("version", s.version(id))), 400,
                "تایید");
        assertEquals(200, s.app.post("/api/v1/me/claim-drafts/" + id + "/code", "").status());
        String code = s.lastCode();
        String wrong = code.equals("000000") ? "111111" : "000000";
        ApiClient.Answer bad = s.app.post("/api/v1/me/claim-drafts/" + id + "/code/confirm", json("code", wrong));
        assertEquals(400, bad.status(), bad.toString());
        ApiClient.Answer ok = s.app.post("/api/v1/me/claim-drafts/" + id + "/code/confirm",
                json("code", ir.hami.platform.text.PersianText.toPersianDigits(code)));
        assertEquals(200, ok.status(), ok.toString());
        ApiClient.Answer submitted = s.app.post("/api/v1/me/claim-drafts/" + id + "/submit",
                json("version", s.version(id)));
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("REGISTERED", submitted.json().getString("state"));
        assertTrue(submitted.json().getString("trackingCode").matches("[0-9]{10}"));
        ApiClient.Answer twice = s.app.post("/api/v1/me/claim-drafts/" + id + "/submit", json("version", 0L));
        assertEquals(submitted.json().getString("trackingCode"), twice.json().getString("trackingCode"));
    }

    @Test
    void theListIsPagedFilteredSearchedAndPolledWithEtags() throws Exception {
        ClaimSteps s = family();
        TestData.Member main = s.family.main();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(fixtures.submitted(main.nationalId(), main.personId(), main.personId(), s.contract,
                    main.nationalId(), main.fullName(), TODAY.minusDays(5 + i), 1_000_000L + i));
        }
        ApiClient.Answer page0 = s.app.get("/api/v1/me/claims?size=2");
        assertEquals(200, page0.status(), page0.toString());
        assertEquals(3, page0.json().getJsonNumber("total").longValue());
        JsonArray items = page0.json().getJsonArray("items");
        assertEquals(2, items.size());
        assertEquals(ids.get(2).longValue(), items.getJsonObject(0).getJsonNumber("id").longValue(), "newest first");
        assertEquals("REGISTERED", items.getJsonObject(0).getString("state"));
        assertTrue(items.getJsonObject(0).getString("stateTitle").contains("ارزیابی"), items.toString());
        assertEquals(1, s.app.get("/api/v1/me/claims?size=2&page=1").json().getJsonArray("items").size());
        assertEquals(3, s.app.get("/api/v1/me/claims?filter=awaiting_assessment").json().getJsonArray("items")
                .size());
        assertEquals(0, s.app.get("/api/v1/me/claims?filter=PAID").json().getJsonNumber("total").longValue());
        assertEquals(0, s.app.get("/api/v1/me/claims?personId=" + s.spouseId()).json().getJsonArray("items")
                .size());
        String code = fixtures.claim(ids.get(1)).getTrackingCode();
        JsonArray found = s.app.get("/api/v1/me/claims?search="
                + ir.hami.platform.text.PersianText.toPersianDigits(code)).json().getJsonArray("items");
        assertEquals(1, found.size());
        assertEquals(code, found.getJsonObject(0).getString("trackingCode"));
        persian(s.app.get("/api/v1/me/claims?search=abc"), 400, "");
        persian(s.app.get("/api/v1/me/claims?filter=NOPE"), 400, "");
        persian(s.app.get("/api/v1/me/claims?size=51"), 400, "");

        // polling: the same answer is 304 with no body, a change gives a new tag
        String etag = page0.header("etag");
        assertNotNull(etag);
        ApiClient.Answer same = s.app.get("/api/v1/me/claims?size=2", "If-None-Match", etag);
        assertEquals(304, same.status());
        assertTrue(same.body().isEmpty());
        ApiClient.Answer detailsTag = s.app.get("/api/v1/me/claims/" + ids.get(0));
        assertEquals(304, s.app.get("/api/v1/me/claims/" + ids.get(0), "If-None-Match", detailsTag.header("etag"))
                .status());
        s.assess(office, asAssessor, ids.get(2), 1_000_002L, 200_002L, 80_000L);
        assertEquals(200, s.app.get("/api/v1/me/claims?size=2", "If-None-Match", etag).status());
    }

    @Test
    void detailsAfterAssessmentAndPaymentExplainEveryAmount() throws Exception {
        ClaimSteps s = family();
        JsonObject submitted = s.submit(s.spouseId(), 5_000_000L, SampleFiles.jpeg(5001));
        long id = submitted.getJsonNumber("id").longValue();
        JsonObject before = s.app.get("/api/v1/me/claims/" + id).json();
        assertTrue(!before.containsKey("amounts") || before.isNull("amounts"), "no amounts before assessment");
        assertEquals("RECEPTION", before.getJsonArray("timeline").getJsonObject(0).getString("stage"));

        s.assess(office, asAssessor, id, 5_000_000L, 1_000_000L, 400_000L);
        JsonObject assessed = s.app.get("/api/v1/me/claims/" + id).json();
        assertEquals("ASSESSED", assessed.getString("state"));
        JsonObject amounts = assessed.getJsonObject("amounts");
        assertEquals(5_000_000L, amounts.getJsonObject("total").getJsonNumber("amount").longValue());
        assertEquals(4_000_000L, amounts.getJsonObject("commitment").getJsonNumber("amount").longValue());
        assertEquals(400_000L, amounts.getJsonObject("franchise").getJsonNumber("amount").longValue());
        assertEquals(3_600_000L, amounts.getJsonObject("payable").getJsonNumber("amount").longValue());
        assertTrue(amounts.getJsonObject("payable").getString("explanation").contains("واریز"));
        assertEquals(1_400_000L, amounts.getJsonNumber("deductionsTotal").longValue());
        JsonArray deductions = assessed.getJsonArray("deductions");
        assertEquals(2, deductions.size());
        JsonObject franchise = find(deductions, "FRANCHISE");
        assertEquals("فرانشیز", franchise.getString("title"));
        assertTrue(franchise.getJsonArray("lines").getJsonObject(0).getString("explanation").contains("فرانشیز"),
                franchise.toString());
        JsonObject tariff = find(deductions, "OUT_OF_TARIFF");
        assertTrue(tariff.getJsonArray("lines").getJsonObject(0).getString("explanation")
                .contains("تعرفه مصوب ویزیت"), tariff.toString());
        assertEquals(1, assessed.getJsonArray("items").size());
        assertEquals(1_400_000L, assessed.getJsonArray("items").getJsonObject(0).getJsonNumber("insuredShare")
                .longValue());

        s.pay(payments, asFinance, id, TODAY);
        JsonObject paid = s.app.get("/api/v1/me/claims/" + id).json();
        assertEquals("PAID", paid.getString("state"));
        JsonObject payment = paid.getJsonObject("payment");
        assertEquals("IR06 **** **** 0001", payment.getString("maskedIban"));
        assertFalse(paid.toString().contains(ClaimSteps.IBAN), "the whole IBAN never leaves");
        assertEquals(TODAY.toString(), payment.getString("depositedOn"));
        assertEquals(ir.hami.platform.time.Jalali.format(TODAY), payment.getString("depositedOnJalali"));
        JsonArray timeline = paid.getJsonArray("timeline");
        assertEquals("DONE", timeline.getJsonObject(timeline.size() - 1).getString("status"));
        assertEquals(1, s.app.get("/api/v1/me/claims?filter=PAID&personId=" + s.spouseId()).json()
                .getJsonArray("items").size());
    }

    private static JsonObject find(JsonArray groups, String kind) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.getJsonObject(i).getString("kind").equals(kind)) {
                return groups.getJsonObject(i);
            }
        }
        throw new AssertionError(kind + " not in " + groups);
    }

    @Test
    void aDeficiencyIsFixedWithANewImage() throws Exception {
        ClaimSteps s = family();
        long id = s.submit(s.mainId(), 2_000_000L, SampleFiles.jpeg(6001)).getJsonNumber("id").longValue();
        s.deficiency(office, asAssessor, id, "تصویر نسخه پزشک خوانا نیست");
        JsonObject asked = s.app.get("/api/v1/me/claims/" + id).json();
        assertEquals("DEFICIENCY", asked.getString("state"));
        assertEquals("تصویر نسخه پزشک خوانا نیست", asked.getString("deficiencyNote"));
        assertFalse(asked.getJsonArray("deficiencyDocumentTypes").isEmpty());
        assertEquals(1, s.app.get("/api/v1/me/claims?filter=DEFICIENCY").json().getJsonArray("items").size());
        long version = asked.getJsonNumber("version").longValue();

        persian(s.app.post("/api/v1/me/claims/" + id + "/deficiency-fix", json("version", version)), 400,
                "تصویر جدید");
        String k = key();
        ApiClient.Answer up = s.app.postBytes("/api/v1/me/claims/" + id + "/documents?documentTypeId=" + OTHER,
                "image/png", TestData.png(), "Idempotency-Key", k, "X-File-Name", "order.png");
        assertEquals(201, up.status(), up.toString());
        assertEquals(1, up.json().getInt("round"));
        assertEquals(id(up), id(s.app.postBytes("/api/v1/me/claims/" + id + "/documents?documentTypeId=" + OTHER,
                "image/png", TestData.png(), "Idempotency-Key", k, "X-File-Name", "order.png")));
        // the first round is the assessor's record: not removable
        long firstImage = ((Number) s.data.queryValue(
                "select id from claim_document where claim_id = ? and round_no = 0", id)).longValue();
        assertEquals(400, s.app.delete("/api/v1/me/claims/" + id + "/documents/" + firstImage).status());
        persian(s.app.post("/api/v1/me/claims/" + id + "/deficiency-fix", json("version", version - 1)), 409, "");
        ApiClient.Answer fixed = s.app.post("/api/v1/me/claims/" + id + "/deficiency-fix",
                json("version", s.version(id), "note", "تصویر جدید"));
        assertEquals(200, fixed.status(), fixed.toString());
        assertEquals("DEFICIENCY_FIXED", fixed.json().getString("state"));
        assertEquals(2, fixed.json().getJsonArray("documents").size());
    }

    @Test
    void admissionsAreMadeConfirmedAndListed() {
        ClaimSteps s = family();
        String k = key();
        String body = json("personId", s.spouseId(), "contractId", s.contract, "title", "بستری بیمارستان");
        ApiClient.Answer made = s.app.post("/api/v1/me/admissions", body, "Idempotency-Key", k);
        assertEquals(201, made.status(), made.toString());
        long id = id(made);
        assertEquals(id, id(s.app.post("/api/v1/me/admissions", body, "Idempotency-Key", k)));
        persian(s.app.post("/api/v1/me/admissions/" + id + "/confirm", ""), 400, "");
        ApiClient.Answer doc = s.app.postBytes("/api/v1/me/admissions/" + id + "/documents?documentTypeId=" + OTHER,
                "image/jpeg", SampleFiles.jpeg(7001), "Idempotency-Key", key(), "X-File-Name", "a.jpg");
        assertEquals(201, doc.status(), doc.toString());
        persian(s.app.postBytes("/api/v1/me/admissions/" + id + "/documents?documentTypeId=" + OTHER,
                "image/jpeg", SampleFiles.pdf(), "Idempotency-Key", key()), 400, "تصویر");
        assertEquals(200, s.app.get(doc.json().getString("href")).status());
        JsonObject inProgress = s.app.get("/api/v1/me/admissions?personId=" + s.spouseId()).json();
        assertEquals(1, inProgress.getJsonArray("items").size());
        ApiClient.Answer confirmed = s.app.post("/api/v1/me/admissions/" + id + "/confirm", "");
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("COMPLETED", confirmed.json().getString("state"));
        assertFalse(confirmed.json().getBoolean("editable"));
        assertEquals(1, s.app.get("/api/v1/me/admissions?state=COMPLETED&personId=" + s.spouseId()).json()
                .getJsonArray("items").size());
        assertEquals(400, s.app.delete("/api/v1/me/admissions/" + id).status(), "a confirmed admission stays");
    }

    @Test
    void anotherFamilysIdsAreNotFoundOnEveryPath() throws Exception {
        ClaimSteps mine = family();
        ClaimSteps other = family();
        // the other family's claim (submitted, with an image), draft with an image, and admission with an image
        long claim = other.submit(other.mainId(), 1_500_000L, SampleFiles.jpeg(8001)).getJsonNumber("id")
                .longValue();
        long claimImage = ((Number) other.data.queryValue("select id from claim_document where claim_id = ?", claim))
                .longValue();
        long draft = id(other.start(other.mainId(), TODAY.minusDays(1), key()));
        long draftImage = id(other.upload(draft, INVOICE, SampleFiles.jpeg(8002), "d.jpg", key()));
        long admission = id(other.app.post("/api/v1/me/admissions", json("personId", other.mainId(), "contractId",
                other.contract, "title", "پذیرش"), "Idempotency-Key", key()));
        long admissionImage = id(other.app.postBytes("/api/v1/me/admissions/" + admission
                + "/documents?documentTypeId=" + OTHER, "image/jpeg", SampleFiles.jpeg(8003), "Idempotency-Key",
                key()));
        other.deficiency(office, asAssessor, claim, "مدرک ناقص");

        ApiClient me = mine.app;
        String c = "/api/v1/me/claims/" + claim;
        String d = "/api/v1/me/claim-drafts/" + draft;
        String a = "/api/v1/me/admissions/" + admission;
        List<ApiClient.Answer> answers = List.of(
                me.get("/api/v1/me/claims?personId=" + other.mainId()),
                me.get("/api/v1/me/claims?personId=" + other.spouseId()),
                me.get(c),
                me.get(c + "/documents/" + claimImage),
                me.get("/api/v1/me/claims/" + mineClaim(mine) + "/documents/" + claimImage),
                me.postBytes(c + "/documents?documentTypeId=" + OTHER, "image/jpeg", SampleFiles.jpeg(8004),
                        "Idempotency-Key", key()),
                me.delete(c + "/documents/" + claimImage),
                me.post(c + "/deficiency-fix", json("version", other.version(claim))),
                me.get(d),
                me.get(c.replace(String.valueOf(claim), String.valueOf(draft))),
                me.put(d + "/subject", json("version", other.version(draft), "personId", mine.mainId(), "contractId",
                        mine.contract, "serviceDate", TODAY.toString())),
                me.put(d + "/details", json("version", other.version(draft), "amount", 10L)),
                me.postBytes(d + "/documents?documentTypeId=" + INVOICE, "image/jpeg", SampleFiles.jpeg(8005),
                        "Idempotency-Key", key()),
                me.get(d + "/documents/" + draftImage),
                me.delete(d + "/documents/" + draftImage),
                me.post(d + "/documents/done", json("version", other.version(draft))),
                me.post(d + "/code", ""),
                me.post(d + "/code/confirm", json("code", "123456")),
                me.post(d + "/submit", json("version", other.version(draft))),
                me.delete(d),
                me.get(a),
                me.postBytes(a + "/documents?documentTypeId=" + OTHER, "image/jpeg", SampleFiles.jpeg(8006),
                        "Idempotency-Key", key()),
                me.get(a + "/documents/" + admissionImage),
                me.delete(a + "/documents/" + admissionImage),
                me.post(a + "/confirm", ""),
                me.delete(a),
                // another family's person named as the patient of a new draft or admission
                me.post("/api/v1/me/claim-drafts", json("personId", other.mainId(), "contractId", other.contract,
                        "serviceDate", TODAY.toString()), "Idempotency-Key", key()),
                me.post("/api/v1/me/admissions", json("personId", other.spouseId(), "contractId", other.contract,
                        "title", "x"), "Idempotency-Key", key()));
        for (ApiClient.Answer answer : answers) {
            assertEquals(404, answer.status(), answer.toString());
            assertFalse(answer.body().contains(other.family.main().nationalId()), answer.toString());
        }
        // a list of another family's person's admissions is empty
        assertEquals(0, me.get("/api/v1/me/admissions?personId=" + other.mainId()).json().getJsonArray("items")
                .size());
        // nothing of theirs changed
        assertEquals("DEFICIENCY", other.data.queryValue("select state from claim where id = ?", claim));
        assertEquals(1L, count(other, "select count(*) from claim_document where claim_id = ?", claim));
        assertEquals(1L, count(other, "select count(*) from claim_document where claim_id = ?", draft));
        assertEquals(1L, count(other, "select count(*) from claim_admission_document where admission_id = ?", admission));
        assertEquals("IN_PROGRESS", other.data.queryValue("select state from claim_admission where id = ?", admission));
        // and without a token
        ApiClient anonymous = new ApiClient(base);
        for (String path : List.of("/api/v1/me/claims", c, d, a, "/api/v1/me/claim-drafts")) {
            assertEquals(401, anonymous.get(path).status(), path);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheClaimsCalls() {
        ApiClient client = new ApiClient(base);
        ApiClient.Answer doc = client.send(client.request(client.root() + "/openapi"));
        assertEquals(200, doc.status());
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                    "openapi-claims.yaml"), doc.body());
        } catch (java.io.IOException e) {
            // only a copy for reading
        }
        for (String path : List.of("/api/v1/me/claims/{id}", "/api/v1/me/claim-drafts/{id}/submit",
                "/api/v1/me/claim-drafts/{id}/documents", "/api/v1/me/admissions/{id}/confirm",
                "/api/v1/me/claims/{id}/deficiency-fix")) {
            assertTrue(doc.body().contains(path), path);
        }
    }

    /** A claim of this family, to pair with another family's image id. */
    private long mineClaim(ClaimSteps mine) {
        TestData.Member m = mine.family.main();
        return fixtures.submitted(m.nationalId(), m.personId(), m.personId(), mine.contract, m.nationalId(),
                m.fullName(), TODAY.minusDays(4), 700_000L);
    }
}
