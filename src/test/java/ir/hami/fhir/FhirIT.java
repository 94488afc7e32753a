package ir.hami.fhir;

import static ir.hami.testing.RunAsRole.callAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.api.ApiClient;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.security.Role;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FHIR under {@code /fhir} on the real WAR, database and HTTP: the CapabilityStatement, the eligibility and PAS
 * round trips (parsed back with HAPI and validated against R4), and the member's records with another family's ids.
 */
@ExtendWith(ArquillianExtension.class)
class FhirIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    /** A procedure of the starter list (as ReferralIT uses it). */
    private static final long GENERAL = 1;
    private static final String PASSWORD = "Hami-Fhir-Test-1403";

    @Deployment
    static WebArchive deployment() {
        // the validator's R4 schema (test scope, not in the WAR) goes into the test deployment
        URL xsd = FhirChecks.class.getClassLoader().getResource("org/hl7/fhir/r4/model/schema/fhir-single.xsd");
        String jar = xsd.getPath().substring("file:".length(), xsd.getPath().indexOf("!/"));
        return Deployments.portal()
                .addClasses(FhirChecks.class, PriorAuthMappingTest.class, EligibilityMappingTest.class)
                .addAsLibrary(new File(jar));
    }

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Inject
    MemberRecords records;

    @Inject
    RunAsMember asMember;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String key, String body, String... headers)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json");
        if (key != null) {
            r.header("X-Api-Key", key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T extends IBaseResource> T parsed(HttpResponse<String> response, Class<T> type) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"),
                response.headers().toString());
        IBaseResource r = FhirChecks.validJson(response.body());
        assertTrue(type.isInstance(r), response.body());
        return type.cast(r);
    }

    private static OperationOutcome outcome(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        OperationOutcome o = parsed(response, OperationOutcome.class);
        assertFalse(o.getIssueFirstRep().getDetails().getText().isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
        return o;
    }

    @Test
    void metadataStatesWhatIsSupported() throws Exception {
        HttpResponse<String> r = call("GET", "/fhir/metadata", null, null);
        assertEquals(200, r.statusCode());
        CapabilityStatement cs = parsed(r, CapabilityStatement.class);
        assertTrue(cs.getRestFirstRep().getResource().stream().anyMatch(x -> x.getType().equals("ExplanationOfBenefit")));
        outcome(call("GET", "/fhir/NoSuchThing", null, null), 404);
    }

    private static String eligibilityBody(String nationalId) {
        CoverageEligibilityRequest q = EligibilityMappingTest.request(new Reference("#p"));
        Patient p = new Patient();
        p.setId("p");
        p.addIdentifier(EligibilityMapping.nationalId(nationalId));
        q.addContained(p);
        return Fhir.toJson(q);
    }

    @Test
    void eligibilityRoundTripWithCeilingsUsedAndTheAuditRow() throws Exception {
        TestData data = TestData.on(dataSource);
        long center = data.center("بیمارستان FHIR " + TestData.unique(""));
        long insurer = data.insurer("بیمه FHIR " + TestData.unique(""));
        long contract = data.contract(insurer, data.policyholder("شرکت FHIR"))
                .cover("بستری", 500_000_000L, 10).cover("دندانپزشکی", 20_000_000L, 30).create();
        TestData.Family f = data.family(contract).create();
        long cover = ((Number) data.queryValue("select id from contract_cover where contract_id = ? and title = ?",
                contract, "بستری")).longValue();
        data.update("insert into cover_usage (id, cover_id, contract_id, person_id, main_person_id, used_amount, "
                + "claim_count, version) values (?,?,?,?,?,?,?,0)", data.nextId("cover_usage"), cover, contract,
                f.main().personId(), f.main().personId(), 120_000_000L, 1);
        String key = data.apiKey(center, false);

        HttpResponse<String> r = call("POST", "/fhir/CoverageEligibilityRequest/$submit", key,
                eligibilityBody(f.main().nationalId()));
        assertEquals(200, r.statusCode(), r.body());
        CoverageEligibilityResponse answer = parsed(r, CoverageEligibilityResponse.class);
        CoverageEligibilityResponse.ItemsComponent hospital = answer.getInsuranceFirstRep().getItem().get(0);
        assertEquals("بستری", hospital.getName());
        assertEquals(new BigDecimal(500_000_000L), hospital.getBenefit().get(0).getAllowedMoney().getValue());
        assertEquals(new BigDecimal(120_000_000L), hospital.getBenefit().get(0).getUsedMoney().getValue());
        assertEquals(new BigDecimal(380_000_000L), hospital.getBenefit().get(1).getAllowedMoney().getValue());
        assertEquals(10, hospital.getBenefit().get(2).getAllowedUnsignedIntType().getValue());

        // the plain resource POST answers the same; an unknown person is answered "not covered"
        assertEquals(200, call("POST", "/fhir/CoverageEligibilityRequest", key,
                eligibilityBody(f.main().nationalId())).statusCode());
        HttpResponse<String> unknown = call("POST", "/fhir/CoverageEligibilityRequest/$submit", key,
                eligibilityBody(TestData.newNationalId()));
        assertEquals(200, unknown.statusCode());
        assertFalse(parsed(unknown, CoverageEligibilityResponse.class).hasInsurance());

        // the same audit rows as the JSON API (written by its writer thread within moments)
        long rows = 0;
        for (int i = 0; i < 50 && rows < 3; i++) {
            Thread.sleep(100);
            rows = ((Number) data.queryValue("select count(*) from eligibility_check where center_id = ? "
                    + "and channel = 'API'", center)).longValue();
        }
        assertEquals(3, rows);

        outcome(call("POST", "/fhir/CoverageEligibilityRequest/$submit", null, eligibilityBody(f.main().nationalId())), 401);
        outcome(call("POST", "/fhir/CoverageEligibilityRequest/$submit", "hami_wrong_key_000000000",
                eligibilityBody(f.main().nationalId())), 401);
        OperationOutcome malformed = outcome(call("POST", "/fhir/CoverageEligibilityRequest/$submit", key,
                eligibilityBody("12345")), 400);
        assertTrue(malformed.getIssueFirstRep().getDiagnostics().contains("nationalId"));
        outcome(call("POST", "/fhir/CoverageEligibilityRequest/$submit", key, "{not json"), 400);
    }

    @Test
    void priorAuthorisationIssuesAtOnceOnceAndInquiresAndQueuesAFreeCause() throws Exception {
        TestData data = TestData.on(dataSource);
        long insurer = data.insurer("بیمه PAS " + TestData.unique(""));
        long contract = data.contract(insurer, data.policyholder("شرکت PAS"))
                .cover("بستری", 800_000_000L, 10).create();
        TestData.Family f = data.family(contract).create();
        long center = data.center("بیمارستان PAS " + TestData.unique(""), 160).onlineReferrals().insurer(insurer)
                .create();
        String key = data.apiKey(center, false);
        String claimId = TestData.unique("pas-");
        String body = Fhir.toJson(PriorAuthMappingTest.pasBundle(f.main().nationalId(), GENERAL, null, claimId));

        HttpResponse<String> first = call("POST", "/fhir/Claim/$submit", key, body);
        assertEquals(200, first.statusCode(), first.body());
        ClaimResponse issued = parsed(first, ClaimResponse.class);
        assertEquals(ClaimResponse.RemittanceOutcome.COMPLETE, issued.getOutcome());
        assertNotNull(issued.getPreAuthRef());
        assertEquals(new BigDecimal(800_000_000L), issued.getTotalFirstRep().getAmount().getValue());
        assertEquals(PriorAuthMappingTest.ADMISSION.toString(),
                issued.getPreAuthPeriod().getStartElement().getValueAsString());

        ClaimResponse again = parsed(call("POST", "/fhir/Claim/$submit", key, body), ClaimResponse.class);
        assertEquals(issued.getPreAuthRef(), again.getPreAuthRef());
        assertEquals(1L, ((Number) data.queryValue("select count(*) from referral_request where center_id = ?",
                center)).longValue());
        ClaimResponse inquired = parsed(call("POST", "/fhir/Claim/$inquire", key, body), ClaimResponse.class);
        assertEquals(issued.getPreAuthRef(), inquired.getPreAuthRef());

        // a cause typed freely goes to the referral unit: pended; an Idempotency-Key names it too
        String free = Fhir.toJson(PriorAuthMappingTest.pasBundle(f.main().nationalId(), null, "درمان خاص", null));
        ClaimResponse queued = parsed(call("POST", "/fhir/Claim/$submit", key, free, "Idempotency-Key", "k-" + claimId),
                ClaimResponse.class);
        assertEquals(ClaimResponse.RemittanceOutcome.QUEUED, queued.getOutcome());
        ClaimResponse stillQueued = parsed(call("POST", "/fhir/Claim/$inquire", key, free, "Idempotency-Key",
                "k-" + claimId), ClaimResponse.class);
        assertEquals(ClaimResponse.RemittanceOutcome.QUEUED, stillQueued.getOutcome());

        // another centre's key does not find this centre's request
        String other = data.apiKey(data.center("مرکز دیگر " + TestData.unique("")), false);
        outcome(call("POST", "/fhir/Claim/$inquire", other, body), 404);
        outcome(call("POST", "/fhir/Claim/$submit", key, Fhir.toJson(PriorAuthMappingTest.pasBundle("12345", null,
                "x", null))), 400);
    }

    @Test
    void aMemberReadsOwnFamilysRecordsAndNeverAnotherFamilys() throws Exception {
        TestData data = TestData.on(dataSource);
        long insurer = data.insurer("بیمه عضو " + TestData.unique(""));
        long contract = data.contract(insurer, data.policyholder("شرکت عضو"))
                .cover("سرپایی", 50_000_000L, 10).create();
        TestData.Family mine = data.family(contract).dependents(1).create();
        TestData.Family theirs = data.family(contract).create();
        TestData.Member spouse = mine.dependents().get(0);
        long claim = paidClaim(data, spouse, mine.main(), contract, insurer);
        long theirClaim = paidClaim(data, theirs.main(), theirs.main(), contract, insurer);
        ClaimViewer me = new ClaimViewer(Role.MEMBER, mine.main().nationalId(), mine.main().personId());

        Patient p = callAs(asMember, () -> records.patient(me, spouse.personId()));
        FhirChecks.valid(p);
        assertEquals(spouse.nationalId(), p.getIdentifierFirstRep().getValue());
        assertEquals(1, callAs(asMember, () -> records.coverages(me, spouse.personId())).size());
        ExplanationOfBenefit eob = FhirChecks.valid(callAs(asMember, () -> records.eob(me, claim)));
        assertEquals(new BigDecimal(3_600_000L), eob.getTotal().stream()
                .filter(t -> t.getCategory().getCodingFirstRep().getCode().equals("paidtopatient")).findFirst()
                .orElseThrow().getAmount().getValue());
        MemberRecords.Page<ExplanationOfBenefit> page = callAs(asMember, () -> records.eobs(me, spouse.personId(),
                r -> true, MemberRecords.ALL, 0, 10));
        assertEquals(1, page.total());

        // another family's ids: 404, as if they did not exist
        assertEquals(404, refusal(() -> records.patient(me, theirs.main().personId())));
        assertEquals(404, refusal(() -> records.eob(me, theirClaim)));
        assertEquals(404, refusal(() -> records.coverage(me, theirs.main().personId(), contract)));
        assertTrue(callAs(asMember, () -> records.coverages(me, theirs.main().personId())).isEmpty());
        assertEquals(0, callAs(asMember, () -> records.eobs(me, theirs.main().personId(), r -> true,
                MemberRecords.ALL, 0, 10)).total());
        assertTrue(callAs(asMember, () -> records.patientByNationalId(me, theirs.main().nationalId())).isEmpty());

        // over HTTP without a member's token: 401 OperationOutcome
        outcome(call("GET", "/fhir/Patient/" + spouse.personId(), null, null), 401);
        outcome(call("GET", "/fhir/ExplanationOfBenefit?patient=" + spouse.personId(), null, null), 401);

        // over HTTP with the member's real token (POST /api/v1/auth/token)
        data.memberAccount(mine.main().personId(), mine.main().nationalId(), PASSWORD);
        ApiClient app = new ApiClient(base).login(mine.main().nationalId(), PASSWORD);
        String bearer = "Bearer " + app.accessToken();
        HttpResponse<String> list = call("GET", "/fhir/ExplanationOfBenefit?patient=Patient/" + spouse.personId()
                + "&_count=5", null, null, "Authorization", bearer);
        assertEquals(200, list.statusCode(), list.body());
        Bundle bundle = parsed(list, Bundle.class);
        assertEquals(1, bundle.getTotal());
        assertEquals(String.valueOf(claim), bundle.getEntryFirstRep().getResource().getIdElement().getIdPart());
        assertEquals(0, parsed(call("GET", "/fhir/ExplanationOfBenefit?patient=" + spouse.personId()
                + "&service-date=gt" + TODAY, null, null, "Authorization", bearer), Bundle.class).getTotal());
        assertEquals(200, call("GET", "/fhir/Patient/" + spouse.personId(), null, null, "Authorization", bearer)
                .statusCode());
        outcome(call("GET", "/fhir/Patient/" + theirs.main().personId(), null, null, "Authorization", bearer), 404);
        outcome(call("GET", "/fhir/ExplanationOfBenefit/" + theirClaim, null, null, "Authorization", bearer), 404);
        outcome(call("GET", "/fhir/Coverage/" + theirs.main().personId() + "-" + contract, null, null,
                "Authorization", bearer), 404);
        assertEquals(0, parsed(call("GET", "/fhir/Coverage?patient=" + theirs.main().personId(), null, null,
                "Authorization", bearer), Bundle.class).getTotal());
    }

    private int refusal(java.util.concurrent.Callable<?> work) {
        FhirException e = assertThrows(FhirException.class, () -> callAs(asMember, work));
        return e.status();
    }

    /** A paid claim with two items and a deduction, as the back office leaves it. */
    private static long paidClaim(TestData data, TestData.Member patient, TestData.Member main, long contract,
                                  long insurer) {
        long id = data.nextId("claim");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        data.update("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, "
                        + "contract_id, insurer_id, national_id, patient_name, service_date, service_type_id, "
                        + "requested_amount, e_prescription, draft_step, state, created_at, registered_at, "
                        + "updated_at, deficiency_round, version, total_amount, franchise_amount, over_ceiling_amount, "
                        + "out_of_tariff_amount, not_covered_amount, payable_amount, deposited_on) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id, TrackingCodes.next(), "MEMBER", main.nationalId(), patient.personId(), main.personId(), contract,
                insurer, patient.nationalId(), patient.fullName(), TODAY.minusDays(10), 1L, 4_000_000L, false, 4,
                "PAID", now, now, now, 0, 0L, 4_000_000L, 400_000L, 0L, 0L, 0L, 3_600_000L, TODAY.minusDays(1));
        long item = data.nextId("claim_item");
        data.update("insert into claim_item (id, claim_id, line_no, item_kind, title, quantity, total_amount, "
                + "deducted_amount, payable_amount) values (?,?,?,?,?,?,?,?,?)", item, id, 1, "VISIT", "ویزیت", 1,
                4_000_000L, 400_000L, 3_600_000L);
        data.update("insert into claim_deduction (id, claim_id, item_id, kind, amount, explanation) "
                + "values (?,?,?,?,?,?)", data.nextId("claim_deduction"), id, item, "FRANCHISE", 400_000L, "فرانشیز");
        return id;
    }
}
