package ir.hami.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Deployments;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
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
 * The members' app reads its family, contracts, ceilings and medical file, searches centres and requests referral
 * letters; another family's ids on every member path answer 404, never the data.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFamilyIT {

    private static final String PASSWORD = "Hami-Api-1403";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    /** A family of three with an account, under its own contract with two covers. */
    private record Home(long contractId, TestData.Family family, ApiClient app) {
        long main() { return family.main().personId(); }
        TestData.Member spouse() { return family.dependents().get(0); }
        TestData.Member child() { return family.dependents().get(1); }
    }

    private Home home(TestData data) {
        long contract = data.contract(data.insurer(TestData.unique("بیمه")), data.policyholder(TestData.unique("شرکت")))
                .cover("بستری", 500_000_000L, 10).cover("دندانپزشکی", 50_000_000L, 20).create();
        TestData.Family f = data.family(contract).dependents(2).create();
        data.memberAccount(f.main().personId(), f.main().nationalId(), PASSWORD);
        return new Home(contract, f, new ApiClient(base).login(f.main().nationalId(), PASSWORD, "GROUP"));
    }

    /** Ends the child's coverage last month: a former family member. */
    private static void endCoverage(TestData data, Home h, TestData.Member who) {
        data.update("update coverage set end_date = ? where person_id = ? and contract_id = ?",
                LocalDate.now().minusMonths(1), who.personId(), h.contractId());
    }

    private static void problem(ApiClient.Answer a, int status) {
        assertEquals(status, a.status(), a.toString());
        assertTrue(a.header("content-type").startsWith("application/problem+json"), a.toString());
        assertFalse(a.json().getString("title_fa").isBlank(), a.toString());
    }

    // ------------------------------------------------------------------ family

    @Test
    void memberReadsContractsFamilyPickerInquiryAndCeilings() {
        TestData data = TestData.on(dataSource);
        Home h = home(data);
        endCoverage(data, h, h.child());

        ApiClient.Answer contracts = h.app().get("/api/v1/me/family");
        assertEquals(200, contracts.status(), contracts.toString());
        JsonObject k = contracts.json().getJsonArray("contracts").getJsonObject(0);
        assertEquals(h.contractId(), k.getJsonNumber("id").longValue());
        assertEquals("SELF", k.getString("relation"));
        assertEquals("GROUP", k.getString("membershipType"));
        assertTrue(k.getString("startJalali").matches("\\d{4}/\\d{2}/\\d{2}"), k.toString());
        String etag = contracts.header("etag");
        assertNotNull(etag);
        assertEquals(304, h.app().get("/api/v1/me/family", "If-None-Match", etag).status());

        String persons = "/api/v1/me/family/contracts/" + h.contractId() + "/persons";
        ApiClient.Answer page0 = h.app().get(persons + "?size=2");
        assertEquals(200, page0.status(), page0.toString());
        assertEquals(3, page0.json().getInt("total"));
        assertEquals(2, page0.json().getJsonArray("items").size());
        JsonObject self = page0.json().getJsonArray("items").getJsonObject(0);
        assertEquals(h.family().main().nationalId(), self.getString("nationalId"));
        assertEquals("بیمه شده اصلی", self.getString("relationFa"));
        ApiClient.Answer page1 = h.app().get(persons + "?size=2&page=1");
        JsonObject former = page1.json().getJsonArray("items").getJsonObject(0);
        assertEquals(h.child().personId(), former.getJsonNumber("personId").longValue());
        assertFalse(former.getBoolean("active"));
        assertFalse(former.getBoolean("mayActFor"));
        assertEquals(1, h.app().get(persons + "?search=" + h.spouse().nationalId().substring(0, 10)).json()
                .getInt("total"));
        problem(h.app().get(persons + "?size=500"), 400);

        ApiClient.Answer picker = h.app().get("/api/v1/me/family/picker");
        assertEquals(200, picker.status(), picker.toString());
        Set<Long> pickable = new HashSet<>();
        picker.json().getJsonArray("contracts").getJsonObject(0).getJsonArray("persons")
                .forEach(p -> pickable.add(p.asJsonObject().getJsonNumber("personId").longValue()));
        assertEquals(Set.of(h.main(), h.spouse().personId()), pickable, "the former member is not offered");
        assertEquals(200, h.app().get("/api/v1/me/family/picker/" + h.contractId() + "/" + h.spouse().personId())
                .status());
        problem(h.app().get("/api/v1/me/family/picker/" + h.contractId() + "/" + h.child().personId()), 404);

        ApiClient.Answer inquiry = h.app().get("/api/v1/me/family/persons/" + h.spouse().personId() + "/inquiry");
        assertEquals(200, inquiry.status(), inquiry.toString());
        assertEquals(h.spouse().nationalId(), inquiry.json().getString("nationalId"));
        assertEquals(2, inquiry.json().getJsonArray("covers").size());
        problem(h.app().get("/api/v1/me/family/persons/" + h.child().personId() + "/inquiry"), 404);

        ApiClient.Answer ceilings = h.app().get("/api/v1/me/family/persons/" + h.main() + "/ceilings?contract="
                + h.contractId());
        assertEquals(200, ceilings.status(), ceilings.toString());
        JsonObject line = ceilings.json().getJsonArray("covers").getJsonObject(0);
        assertEquals(500_000_000L, line.getJsonNumber("ceiling").longValue());
        assertEquals(500_000_000L, line.getJsonNumber("remaining").longValue());
        assertTrue(line.getString("explanationFa").contains("باقی مانده است"), line.toString());
        problem(h.app().get("/api/v1/me/family/persons/" + h.main() + "/ceilings"), 400);

        ApiClient.Answer rx = h.app().get("/api/v1/me/family/persons/" + h.spouse().personId()
                + "/medical-file/prescriptions");
        assertEquals(200, rx.status(), rx.toString());
        assertEquals(0, rx.json().getInt("total"));
        for (String part : new String[]{"drugs", "services", "physicians"}) {
            assertEquals(200, h.app().get("/api/v1/me/family/persons/" + h.main() + "/medical-file/" + part)
                    .status(), part);
        }
    }

    @Test
    void anotherFamilysIdsAreNotFoundOnEveryFamilyPath() {
        TestData data = TestData.on(dataSource);
        Home mine = home(data);
        Home theirs = home(data);
        long person = theirs.spouse().personId();
        long contract = theirs.contractId();
        problem(mine.app().get("/api/v1/me/family/contracts/" + contract + "/persons"), 404);
        problem(mine.app().get("/api/v1/me/family/picker/" + contract + "/" + person), 404);
        problem(mine.app().get("/api/v1/me/family/picker/" + mine.contractId() + "/" + person), 404);
        problem(mine.app().get("/api/v1/me/family/persons/" + person + "/inquiry"), 404);
        problem(mine.app().get("/api/v1/me/family/persons/" + person + "/inquiry?contract=" + contract), 404);
        problem(mine.app().get("/api/v1/me/family/persons/" + person + "/ceilings?contract=" + contract), 404);
        problem(mine.app().get("/api/v1/me/family/persons/" + person + "/ceilings?contract=" + mine.contractId()),
                404);
        for (String part : new String[]{"prescriptions", "prescriptions/1", "drugs", "services", "physicians"}) {
            ApiClient.Answer a = mine.app().get("/api/v1/me/family/persons/" + person + "/medical-file/" + part);
            assertTrue(a.status() == 404 || a.status() == 403, part + ": " + a);
        }
        problem(mine.app().get("/api/v1/me/centers/referral-lines?contract=" + contract), 404);
        assertEquals(401, new ApiClient(base).get("/api/v1/me/family").status());
    }

    // ------------------------------------------------------------------ centres

    @Test
    void memberSearchesCentresAndReadsOne() {
        TestData data = TestData.on(dataSource);
        Home h = home(data);
        String name = TestData.unique("بیمارستان آزمون");
        long id = data.center(name, 1).issuesReferrals().address("خیابان امام").at(38.07, 46.29)
                .service("آنژیوگرافی").physician("دکتر سعیدی", "قلب", "12345").create();
        data.center(name + " دوم", 1).type("LABORATORY").create();

        ApiClient.Answer all = h.app().get("/api/v1/me/centers?name=" + enc(name) + "&size=1");
        assertEquals(200, all.status(), all.toString());
        assertEquals(2, all.json().getInt("total"));
        assertEquals(1, all.json().getJsonArray("items").size());
        ApiClient.Answer hospitals = h.app().get("/api/v1/me/centers?name=" + enc(name)
                + "&type=PRIVATE_HOSPITAL&issuesReferrals=true");
        assertEquals(1, hospitals.json().getInt("total"), hospitals.toString());
        assertEquals(id, hospitals.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(304, h.app().get("/api/v1/me/centers?name=" + enc(name) + "&size=1", "If-None-Match",
                all.header("etag")).status());
        problem(h.app().get("/api/v1/me/centers?type=CASTLE"), 400);

        ApiClient.Answer one = h.app().get("/api/v1/me/centers/" + id);
        assertEquals(200, one.status(), one.toString());
        assertEquals("آنژیوگرافی", one.json().getJsonArray("services").getString(0));
        assertEquals("12345", one.json().getJsonArray("physicians").getJsonObject(0).getString("councilCode"));
        assertEquals("خیابان امام", one.json().getString("address"));
        problem(h.app().get("/api/v1/me/centers/999999999"), 404);
        assertFalse(h.app().get("/api/v1/me/centers/provinces").any().asJsonArray().isEmpty());
        assertEquals(401, new ApiClient(base).get("/api/v1/me/centers/" + id).status());
    }

    // ------------------------------------------------------------------ referrals

    private long upload(ApiClient app, String name, byte[] bytes) {
        ApiClient.Answer a = app.postBytes("/api/v1/me/referrals/uploads", "image/jpeg", bytes,
                Uploads.FILE_NAME, name);
        assertEquals(201, a.status(), a.toString());
        return a.json().getJsonNumber("uploadId").longValue();
    }

    private String newReferral(long person, long contract, long center, long order, long card) {
        return Json.createObjectBuilder().add("personId", person).add("contractId", contract).add("centerId", center)
                .add("admissionDate", LocalDate.now().plusDays(5).toString()).add("physician", "دکتر رضایی")
                .add("cause", "جراحی زانو").add("doctorOrderUploadId", order).add("nationalCardUploadId", card)
                .build().toString();
    }

    @Test
    void memberRequestsALetterWithImagesOnceAndCancelsIt() throws Exception {
        TestData data = TestData.on(dataSource);
        Home h = home(data);
        long center = data.center(TestData.unique("بیمارستان معرفی"), 1).issuesReferrals().create();
        long order = upload(h.app(), "order.png", TestData.png());
        long card = upload(h.app(), "card.jpg", SampleFiles.jpeg(2000));

        String body = newReferral(h.spouse().personId(), h.contractId(), center, order, card);
        problem(h.app().post("/api/v1/me/referrals", body), 400); // no Idempotency-Key
        ApiClient.Answer made = h.app().post("/api/v1/me/referrals", body, Idempotency.HEADER, "ref-key-0001");
        assertEquals(201, made.status(), made.toString());
        long id = made.json().getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", made.json().getString("status"));
        assertEquals(2, made.json().getJsonArray("attachments").size());
        assertEquals("SUBMITTED", made.json().getJsonArray("timeline").getJsonObject(0).getString("action"));
        ApiClient.Answer again = h.app().post("/api/v1/me/referrals", body, Idempotency.HEADER, "ref-key-0001");
        assertEquals(200, again.status(), again.toString());
        assertEquals(id, again.json().getJsonNumber("id").longValue());

        // the same key sent four times at once: one request
        long order2 = upload(h.app(), "order2.png", TestData.png());
        long card2 = upload(h.app(), "card2.png", TestData.png());
        String body2 = newReferral(h.main(), h.contractId(), center, order2, card2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<Long> ids = new HashSet<>();
        try {
            List<Callable<ApiClient.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> h.app().post("/api/v1/me/referrals", body2, Idempotency.HEADER, "ref-key-parallel"));
            }
            for (Future<ApiClient.Answer> f : pool.invokeAll(calls)) {
                ApiClient.Answer a = f.get();
                assertTrue(a.status() == 201 || a.status() == 200, a.toString());
                ids.add(a.json().getJsonNumber("id").longValue());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ids.size(), "one request for one key");
        assertEquals(1L, ((Number) data.queryValue("select count(*) from referral_request where person_id = ?",
                h.main())).longValue());

        ApiClient.Answer list = h.app().get("/api/v1/me/referrals?person=" + h.spouse().personId());
        assertEquals(200, list.status(), list.toString());
        assertEquals(1, list.json().getInt("total"));
        assertEquals(304, h.app().get("/api/v1/me/referrals?person=" + h.spouse().personId(), "If-None-Match",
                list.header("etag")).status());
        assertEquals(1, h.app().get("/api/v1/me/referrals").json().getInt("total"));

        long version = made.json().getJsonNumber("version").longValue();
        problem(h.app().post("/api/v1/me/referrals/" + id + "/cancel?version=" + (version + 7), ""), 409);
        ApiClient.Answer cancelled = h.app().post("/api/v1/me/referrals/" + id + "/cancel?version=" + version, "");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertFalse(cancelled.json().getBoolean("cancellable"));
        problem(h.app().post("/api/v1/me/referrals/" + id + "/cancel", ""), 400); // referral.notAllowed
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        TestData data = TestData.on(dataSource);
        Home h = home(data);
        ApiClient.Answer renamed = h.app().postBytes("/api/v1/me/referrals/uploads", "image/jpeg", SampleFiles.pdf(),
                Uploads.FILE_NAME, "order.jpg");
        problem(renamed, 400);
        assertTrue(renamed.json().getString("title_fa").contains("پسوند"), renamed.toString());
        problem(h.app().postBytes("/api/v1/me/referrals/uploads", "image/jpeg", SampleFiles.exe(),
                Uploads.FILE_NAME, "order.png"), 400);
        ApiClient.Answer huge = h.app().postBytes("/api/v1/me/referrals/uploads", "image/jpeg",
                SampleFiles.jpeg(50 * 1024 * 1024), Uploads.FILE_NAME, "big.jpg");
        problem(huge, 400);
        assertTrue(huge.json().getString("title_fa").contains("مگابایت"), huge.toString());
        problem(h.app().postBytes("/api/v1/me/referrals/uploads", "image/jpeg", new byte[0]), 400);
        // a real PDF under its own name is a document, as on the page
        assertEquals(201, h.app().postBytes("/api/v1/me/referrals/uploads", "application/pdf", SampleFiles.pdf(),
                Uploads.FILE_NAME, "order.pdf").status());
    }

    @Test
    void requestsForOthersAndOtherFamiliesRequestsAreRefused() {
        TestData data = TestData.on(dataSource);
        Home mine = home(data);
        Home theirs = home(data);
        endCoverage(data, mine, mine.child());
        long center = data.center(TestData.unique("بیمارستان"), 1).issuesReferrals().create();
        TestData.Referral their = data.referral(theirs.spouse(), theirs.family().main(), theirs.contractId(), center)
                .status("DOCUMENTS_REQUESTED").create();
        TestData.Referral own = data.referral(mine.spouse(), mine.family().main(), mine.contractId(), center)
                .status("DOCUMENTS_REQUESTED").create();

        problem(mine.app().get("/api/v1/me/referrals/" + their.id()), 404);
        problem(mine.app().get("/api/v1/me/referrals?person=" + theirs.spouse().personId()), 404);
        problem(mine.app().post("/api/v1/me/referrals/" + their.id() + "/cancel", ""), 404);
        long file = upload(mine.app(), "more.png", TestData.png());
        String docs = "{\"uploadIds\":[" + file + "]}";
        problem(mine.app().post("/api/v1/me/referrals/" + their.id() + "/documents", docs), 404);
        assertEquals("DOCUMENTS_REQUESTED", data.queryValue("select status from referral_request where id = ?",
                their.id()));

        // a request for another family's person, and for a former family member
        long order = upload(mine.app(), "o.png", TestData.png());
        long card = upload(mine.app(), "c.png", TestData.png());
        problem(mine.app().post("/api/v1/me/referrals", newReferral(theirs.spouse().personId(), theirs.contractId(),
                center, order, card), Idempotency.HEADER, "ref-other-family"), 404);
        problem(mine.app().post("/api/v1/me/referrals", newReferral(theirs.spouse().personId(), mine.contractId(),
                center, order, card), Idempotency.HEADER, "ref-other-family-2"), 404);
        ApiClient.Answer former = mine.app().post("/api/v1/me/referrals", newReferral(mine.child().personId(),
                mine.contractId(), center, order, card), Idempotency.HEADER, "ref-former-member");
        assertTrue(former.status() == 400 || former.status() == 404, former.toString());
        assertEquals(0L, ((Number) data.queryValue("select count(*) from referral_request where person_id in (?,?)"
                + " and requested_by = ?", theirs.spouse().personId(), mine.child().personId(),
                mine.family().main().nationalId())).longValue());

        // the member's own request that waits for documents takes them and goes back to the unit
        problem(mine.app().post("/api/v1/me/referrals/" + own.id() + "/documents", "{\"uploadIds\":[]}"), 400);
        ApiClient.Answer sent = mine.app().post("/api/v1/me/referrals/" + own.id() + "/documents", docs);
        assertEquals(200, sent.status(), sent.toString());
        assertEquals("SUBMITTED", sent.json().getString("status"));
        // another member's upload id is not theirs to use
        long theirFile = upload(theirs.app(), "x.png", TestData.png());
        TestData.Referral own2 = data.referral(mine.spouse(), mine.family().main(), mine.contractId(), center)
                .status("DOCUMENTS_REQUESTED").create();
        problem(mine.app().post("/api/v1/me/referrals/" + own2.id() + "/documents", "{\"uploadIds\":[" + theirFile
                + "]}"), 400);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
