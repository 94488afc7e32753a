package ir.hami.fhir;

import ir.hami.eligibility.ApiClient;
import ir.hami.eligibility.Eligibility;
import ir.hami.eligibility.EligibilityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;

/**
 * {@code POST /fhir/CoverageEligibilityRequest/$submit} (and the plain resource POST): a centre's eligibility check
 * with its API key, through {@link EligibilityService#checkForApi} as the JSON API does it (the same key and rate
 * limit checks, the same audit row), answered as a CoverageEligibilityResponse.
 */
@Path("CoverageEligibilityRequest")
@ApplicationScoped
public class EligibilityFhirResource {

    @Inject
    CenterGate gate;

    @Inject
    EligibilityService eligibility;

    @Inject
    CoverBalances balances;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @POST
    @Path("$submit")
    public Response submit(@HeaderParam(CenterGate.KEY_HEADER) String apiKey, String body) {
        ApiClient client = gate.admit(apiKey, request);
        CoverageEligibilityRequest asked = Bodies.parse(body, CoverageEligibilityRequest.class);
        PatientRefs.Named patient = EligibilityMapping.patientOf(asked);
        // a malformed national ID throws ValidationException: 400 OperationOutcome (nothing recorded)
        Eligibility answer = eligibility.checkForApi(client.centerId(), client.actor(), patient.nationalId(),
                patient.birthDate());
        List<CoverBalances.Balance> covers = answer.isCovered()
                ? balances.of(answer.getNationalId(), answer.getContractNumber()) : List.of();
        return Bodies.ok(EligibilityMapping.response(asked, answer, covers, clock.instant()));
    }

    @POST
    public Response create(@HeaderParam(CenterGate.KEY_HEADER) String apiKey, String body) {
        return submit(apiKey, body);
    }
}
