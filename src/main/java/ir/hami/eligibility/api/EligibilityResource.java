package ir.hami.eligibility.api;

import ir.hami.eligibility.ApiClient;
import ir.hami.eligibility.ApiKeyCheck;
import ir.hami.eligibility.ApiKeyFailures;
import ir.hami.eligibility.ApiKeyFormat;
import ir.hami.eligibility.ApiRateLimit;
import ir.hami.eligibility.Eligibility;
import ir.hami.eligibility.EligibilityService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.Problem;
import ir.hami.platform.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code GET /api/v1/eligibility/{nationalId}[?birthDate=…]}: is this person covered today? Documented by hand in
 * {@code META-INF/openapi.yaml}. Thin: the service does the work. Hospitals call it up to a thousand times a second,
 * so the per-request cost is kept low: one instance for the application (no per-request bean), the key answered from
 * memory ({@link ApiKeyCheck}), the rate limit counted in memory ({@link ApiRateLimit}), the key's and the rate
 * limit's refusals returned as responses rather than thrown, and the answer written by one shared JSON-B instance into a String (properties in
 * alphabetical order, no nulls). Every refusal is an RFC 9457 problem ({@link Problem}); what Jersey refuses itself
 * (no such path, method, media type) the API's problem mapper turns into one. Answers are not cached.
 */
@Path("v1/eligibility")
@ApplicationScoped
public class EligibilityResource {

    public static final String KEY_HEADER = "X-Api-Key";

    /** The methods of the API's one path. */
    public static final String ALLOW = "GET, HEAD, OPTIONS";

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    /** Created on the first answer (unit tests of the parsing here run without a JSON-B provider). */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Inject
    ApiKeyCheck apiKeys;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    ApiKeyFailures keyFailures;

    @Context
    HttpServletRequest request;

    @Inject
    EligibilityService eligibility;

    @GET
    @Path("{nationalId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response check(@HeaderParam(KEY_HEADER) String apiKey, @PathParam("nationalId") String nationalId,
                          @Context UriInfo uri) {
        if (apiKey == null || apiKey.isBlank()) {
            return Problem.keyMissing(KEY_HEADER).response(0);
        }
        // an address that sent too many bad keys is refused before its key is looked up
        String address = Requests.clientIp(request);
        long blocked = keyFailures.retryAfter(address);
        if (blocked > 0) {
            return Problem.keyFailures(blocked).response(blocked);
        }
        String key = ApiKeyFormat.clean(apiKey);
        Optional<ApiClient> client = key == null ? Optional.empty() : apiKeys.authenticate(key);
        if (client.isEmpty()) {
            keyFailures.failed(address);
            return Problem.keyInvalid().response(0);
        }
        long wait = rateLimit.tryAcquire(client.get().keyId());
        if (wait > 0) {
            return Problem.rateLimited(wait).response(wait);
        }
        // a malformed national ID or birth date throws ValidationException, which ProblemMapper answers (400)
        Eligibility answer = eligibility.checkForApi(client.get().centerId(), client.get().actor(), nationalId,
                parseDate(birthDateIn(uri.getRequestUri().getRawQuery())));
        return Response.ok(Json.JSONB.toJson(answer), JSON).header("Cache-Control", "no-store").build();
    }

    /** 204 with the path's methods (written out: Jersey's own answer to OPTIONS depends on WADL, which is off). */
    @OPTIONS
    @Path("{nationalId}")
    public Response options() {
        return Response.noContent().header("Allow", ALLOW).build();
    }

    /**
     * The {@code birthDate} of the raw query string, decoded; null when there is none. Read here rather than with
     * {@code @QueryParam}, whose decoding of a malformed escape is not the API's to guess: {@code birthDate=%ZZ} must
     * be refused, not answered as if no birth date had been sent (a check the centre meant to narrow would say
     * "covered").
     */
    static String birthDateIn(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("birthDate=")) {
                try {
                    return URLDecoder.decode(pair.substring("birthDate=".length()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException(e, Jalali.KEY_INVALID);
                }
            }
        }
        return null;
    }

    /** Gregorian yyyy-mm-dd, or Jalali (a year below 1700); Persian and Arabic digits accepted. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = PersianText.normalizeDigits(text.trim());
        if (!s.matches("\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}")) {
            throw new ValidationException(Jalali.KEY_INVALID);
        }
        String[] parts = s.split("[-/]");
        int year = Integer.parseInt(parts[0]);
        if (year < 1700) {
            return Jalali.parse(s);
        }
        try {
            return LocalDate.of(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException e) {
            throw new ValidationException(e, Jalali.KEY_INVALID);
        }
    }
}
