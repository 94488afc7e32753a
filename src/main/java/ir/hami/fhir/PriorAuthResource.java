package ir.hami.fhir;

import ir.hami.eligibility.ApiClient;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Role;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Messages;
import ir.hami.referral.CenterRequestForm;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralDetails;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code POST /fhir/Claim/$submit} and {@code POST /fhir/Claim/$inquire}: a centre's online referral-letter request
 * as a PAS prior authorisation, through {@link ReferralDesk#requestByCenter} with the same rules as the centre's page
 * (issued at once or queued for the referral unit; refused when the centre is not online or the person not covered).
 * Idempotent: the {@code Idempotency-Key} header, else the Claim's identifier, names the request within the centre's
 * key, so a retried submit makes one request and answers its current state.
 */
@Path("Claim")
@ApplicationScoped
public class PriorAuthResource {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    @Inject
    CenterGate gate;

    @Inject
    ReferralDesk desk;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @POST
    @Path("$submit")
    public Response submit(@HeaderParam(CenterGate.KEY_HEADER) String apiKey,
                           @HeaderParam(IDEMPOTENCY_HEADER) String idempotencyKey, String body) {
        ApiClient client = gate.admit(apiKey, request);
        Resource parsed = Bodies.parseAny(body);
        Claim claim = Bodies.resourceOrEntry(parsed, Claim.class);
        PriorAuthMapping.Ask ask = PriorAuthMapping.ask(claim, parsed instanceof Bundle b ? b : null);
        FormKey key = PriorAuthMapping.formKey(keyOf(client), idempotencyKey, ask.centerClaimId());
        Viewer viewer = viewer(client);
        ReferralDesk.CenterOutcome outcome;
        try {
            outcome = desk.requestByCenter(viewer, new CenterRequestForm(ask.patient().nationalId(),
                    ask.procedureId(), ask.cause(), ask.physician(), ask.admission(),
                    key == null ? FormKey.random() : key));
        } catch (ValidationException e) {
            // the same Claim sent twice at once: the second stopped at the form's key; answer the first one
            Optional<ReferralRequest> first = key == null ? Optional.empty() : desk.byClientKey(client.actor(), key);
            if (first.isEmpty()) {
                throw e;
            }
            return answer(viewer, first.get(), claim, null);
        }
        String queued = outcome.queuedReason() == null ? null
                : Messages.text(outcome.queuedReason(), new Object[0], Locale.ENGLISH) + " / "
                + Messages.text(outcome.queuedReason(), new Object[0], LocaleBean.PERSIAN);
        return answer(viewer, outcome.request(), claim, queued);
    }

    @POST
    @Path("$inquire")
    public Response inquire(@HeaderParam(CenterGate.KEY_HEADER) String apiKey,
                            @HeaderParam(IDEMPOTENCY_HEADER) String idempotencyKey, String body) {
        ApiClient client = gate.admit(apiKey, request);
        Resource parsed = Bodies.parseAny(body);
        Claim claim = Bodies.resourceOrEntry(parsed, Claim.class);
        String centerClaimId = PriorAuthMapping.ask(claim, parsed instanceof Bundle b ? b : null).centerClaimId();
        FormKey key = PriorAuthMapping.formKey(keyOf(client), idempotencyKey, centerClaimId);
        if (key == null) {
            throw FhirException.invalid("Name the request by the Claim's identifier or the Idempotency-Key it was "
                    + "submitted with.", "شناسه درخواست (identifier یا Idempotency-Key) ارسال نشده است");
        }
        ReferralRequest r = desk.byClientKey(client.actor(), key)
                .orElseThrow(() -> FhirException.notFound("Claim", "identifier"));
        return answer(viewer(client), r, claim, null);
    }

    private Response answer(Viewer viewer, ReferralRequest r, Claim claim, String queued) {
        ReferralDetails d;
        try {
            d = desk.details(viewer, r.getId()); // the centre's own request only; its current state
        } catch (ValidationException refused) {
            throw FhirException.notFound("Claim", "identifier");
        }
        Identifier asked = claim.hasIdentifier() ? claim.getIdentifierFirstRep().copy() : null;
        return Bodies.ok(PriorAuthMapping.response(d.request(), d.centerName(), d.insurerName(), asked, queued,
                clock.instant()));
    }

    /** The idempotency scope: the centre's API key (its id; key prefixes need not be unique). */
    private static String keyOf(ApiClient client) {
        return "api-key:" + client.keyId();
    }

    private static Viewer viewer(ApiClient client) {
        return new Viewer(Role.CENTER, client.actor(), null, client.centerId());
    }
}
