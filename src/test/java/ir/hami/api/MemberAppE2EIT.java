package ir.hami.api;

import static ir.hami.api.ClaimSteps.PASSWORD;
import static ir.hami.api.ClaimSteps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.ClaimOffice;
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
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The members' app end to end, as a phone plays it over HTTP: the member activates the account by SMS code, signs
 * in, submits a claim with two images through the wizard's calls, and follows it (polling with ETags) while the back
 * office assesses and pays it, until the app shows it paid with the amounts and the Persian sentences that explain
 * them.
 */
@ExtendWith(ArquillianExtension.class)
class MemberAppE2EIT {

    private static final Logger LOG = Logger.getLogger(MemberAppE2EIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(ClaimSteps.class);
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
    RunAsAssessor asAssessor;

    @Inject
    RunAsFinance asFinance;

    /**
     * Activation by SMS through the API, as the account helper's {@code ActivationResource} has it: national ID and
     * mobile → {@code 202} and a code by SMS (read from the outbox, as a phone reads its messages) → the code with a
     * new password. While that resource is not in this build (it reaches main separately), the account is made by
     * the test data instead and a warning says so; once merged, the API path is the one taken.
     */
    private void activate(ClaimSteps s) {
        TestData.Member m = s.family.main();
        ApiClient.Answer sent = s.app.post("/api/v1/auth/activation/code", json("nationalId", m.nationalId(),
                "mobile", m.mobile()));
        if (sent.status() == 404 || sent.status() == 405) {
            LOG.warning("no activation endpoint in this build (" + sent.status() + "); account made by TestData");
            s.data.memberAccount(m.personId(), m.nationalId(), PASSWORD);
            return;
        }
        assertEquals(202, sent.status(), sent.toString());
        ApiClient.Answer done = s.app.post("/api/v1/auth/activation", json("nationalId", m.nationalId(),
                "mobile", m.mobile(), "code", s.lastCode(), "password", PASSWORD, "repeated", PASSWORD));
        assertEquals(200, done.status(), done.toString());
    }

    @Test
    void aMemberActivatesSubmitsAClaimWithTwoImagesAndFollowsItToPaid() throws Exception {
        ClaimSteps s = new ClaimSteps(dataSource, base);
        activate(s);
        s.app.login(s.family.main().nationalId(), PASSWORD);

        // what a claim may be made with: this family's contract, the GP visit and what it asks for
        JsonObject options = s.app.get("/api/v1/me/claim-drafts/options").json();
        assertEquals(s.contract, options.getJsonArray("contracts").getJsonObject(0).getJsonNumber("contractId")
                .longValue());

        // the claim, for the spouse, with two images (the invoice and the doctor's order)
        JsonObject submitted = s.submit(s.spouseId(), 6_000_000L, SampleFiles.jpeg(9101), TestData.png());
        long id = submitted.getJsonNumber("id").longValue();
        String tracking = submitted.getString("trackingCode");
        assertTrue(submitted.getString("stateTitle").contains("ارزیابی"), submitted.toString());

        // the list shows it at the top; the app keeps the ETag to poll
        ApiClient.Answer list = s.app.get("/api/v1/me/claims?personId=" + s.spouseId());
        assertEquals(200, list.status(), list.toString());
        JsonObject card = list.json().getJsonArray("items").getJsonObject(0);
        assertEquals(tracking, card.getString("trackingCode"));
        assertEquals(6_000_000L, card.getJsonNumber("requestedAmount").longValue());
        String listTag = list.header("etag");
        ApiClient.Answer details = s.app.get("/api/v1/me/claims/" + id);
        JsonObject registered = details.json();
        assertEquals(2, registered.getJsonArray("documents").size());
        for (JsonObject doc : objects(registered.getJsonArray("documents"))) {
            ApiClient.Answer image = s.app.get(doc.getString("href"));
            assertEquals(200, image.status(), doc.toString());
            assertTrue(image.header("content-type").startsWith("image/"), image.header("content-type"));
        }
        assertEquals("CURRENT", stage(registered, "ASSESSMENT").getString("status"));
        assertFalse(stage(registered, "ASSESSMENT").getString("next").isBlank());
        assertEquals(304, s.app.get("/api/v1/me/claims/" + id, "If-None-Match", details.header("etag")).status(),
                "nothing changed yet");

        // the back office assesses: 6,000,000 asked; 600,000 above the tariff; 10% franchise of the rest
        s.assess(office, asAssessor, id, 6_000_000L, 600_000L, 540_000L);
        ApiClient.Answer polled = s.app.get("/api/v1/me/claims?personId=" + s.spouseId(), "If-None-Match", listTag);
        assertEquals(200, polled.status(), "the list changed");
        assertEquals(4_860_000L, polled.json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("payableAmount").longValue());
        JsonObject assessed = s.app.get("/api/v1/me/claims/" + id).json();
        assertEquals("ASSESSED", assessed.getString("state"));
        assertEquals("دکتر ارزیاب", assessed.getString("assessor"));

        // finance pays it; the app follows it to paid
        s.pay(payments, asFinance, id, ClaimSteps.TODAY);
        ApiClient.Answer paidAnswer = s.app.get("/api/v1/me/claims/" + id, "If-None-Match", details.header("etag"));
        assertEquals(200, paidAnswer.status());
        JsonObject paid = paidAnswer.json();
        assertEquals("PAID", paid.getString("state"));
        assertEquals("پرداخت شده", paid.getString("stateTitle"));
        JsonObject amounts = paid.getJsonObject("amounts");
        assertEquals(6_000_000L, amounts.getJsonObject("requested").getJsonNumber("amount").longValue());
        assertEquals(6_000_000L, amounts.getJsonObject("total").getJsonNumber("amount").longValue());
        assertEquals(5_400_000L, amounts.getJsonObject("commitment").getJsonNumber("amount").longValue());
        assertEquals(540_000L, amounts.getJsonObject("franchise").getJsonNumber("amount").longValue());
        assertEquals(4_860_000L, amounts.getJsonObject("payable").getJsonNumber("amount").longValue());
        assertEquals(1_140_000L, amounts.getJsonNumber("deductionsTotal").longValue());
        for (String k : List.of("requested", "total", "commitment", "franchise", "payable")) {
            assertFalse(amounts.getJsonObject(k).getString("explanation").isBlank(), k);
        }
        JsonArray deductions = paid.getJsonArray("deductions");
        assertEquals(2, deductions.size());
        for (JsonObject g : objects(deductions)) {
            assertFalse(g.getString("title").isBlank());
            for (JsonObject line : objects(g.getJsonArray("lines"))) {
                assertTrue(line.getString("explanation").matches(".*[\\u0600-\\u06FF].*"), line.toString());
            }
        }
        JsonObject payment = paid.getJsonObject("payment");
        assertEquals("IR06 **** **** 0001", payment.getString("maskedIban"));
        assertEquals(ClaimSteps.TODAY.toString(), payment.getString("depositedOn"));
        for (JsonObject step : objects(paid.getJsonArray("timeline"))) {
            assertEquals("DONE", step.getString("status"), step.toString());
        }
        List<String> actions = new ArrayList<>();
        for (JsonObject e : objects(paid.getJsonArray("history"))) {
            actions.add(e.getString("action"));
            assertFalse(e.getString("actionTitle").isBlank());
        }
        assertTrue(actions.containsAll(List.of("SUBMITTED", "ASSESSED", "SENT_TO_FINANCE", "SENT_TO_BANK",
                "DEPOSITED")), actions.toString());
        assertEquals(1, s.app.get("/api/v1/me/claims?filter=PAID&personId=" + s.spouseId()).json()
                .getJsonArray("items").size());
        assertNotEquals(listTag, s.app.get("/api/v1/me/claims?personId=" + s.spouseId()).header("etag"));
        // the family was told by SMS at each step, the last one the deposit
        long sms = ((Number) s.data.queryValue("select count(*) from sms_message where mobile = ?",
                s.family.main().mobile())).longValue();
        assertTrue(sms >= 4, sms + " SMS");
    }

    private static JsonObject stage(JsonObject claim, String stage) {
        for (JsonObject s : objects(claim.getJsonArray("timeline"))) {
            if (s.getString("stage").equals(stage)) {
                return s;
            }
        }
        throw new AssertionError(stage + " not in " + claim);
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(array.getJsonObject(i));
        }
        return out;
    }
}
