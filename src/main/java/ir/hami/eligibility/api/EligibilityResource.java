package ir.hami.eligibility.api;

import ir.hami.eligibility.ApiClient;
import ir.hami.eligibility.ApiKeyCheck;
import ir.hami.eligibility.ApiKeyFormat;
import ir.hami.eligibility.ApiRateLimit;
import ir.hami.eligibility.Eligibility;
import ir.hami.eligibility.EligibilityService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/eligibility/{nationalId}: is this person covered today? Thin: the service does the work. Hospitals
 * call it up to a thousand times a second, so the per-request cost is kept low: one instance for the application
 * (no per-request bean), the key answered from memory ({@link ApiKeyCheck}), refusals returned as responses rather
 * than thrown, and the answer written by one shared JSON-B instance into a String (the same JSON the JAX-RS
 * provider would write: properties in alphabetical order, no nulls).
 */
@Path("v1/eligibility")
@ApplicationScoped
@Tag(name = "Eligibility")
public class EligibilityResource {

    public static final String KEY_HEADER = "X-Api-Key";

    /** Created on the first answer (unit tests of the parsing here run without a JSON-B provider). */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Inject
    ApiKeyCheck apiKeys;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    EligibilityService eligibility;

    @GET
    @Path("{nationalId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Eligibility of a person today",
            description = "Whether the person with this national ID is covered today (Tehran time), by which insurer, "
                    + "contract and policyholder, the main member and relation, and the plan's covers. A person who "
                    + "is not covered is a 200 answer with covered=false and a reason. Every answered call is "
                    + "recorded (the record is stored within moments of the answer).")
    @APIResponse(responseCode = "200", description = "The answer (covered or not)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Eligibility.class)))
    @APIResponse(responseCode = "400", description = "Malformed national ID or birth date",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Rate limit of the key exceeded; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Checks cannot be recorded at the moment (the audit store is "
            + "behind); see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response check(
            @Parameter(description = "The centre's API key", required = true, in = ParameterIn.HEADER)
            @HeaderParam(KEY_HEADER) String apiKey,
            @Parameter(description = "National ID, 10 digits (Persian or Arabic digits accepted)", required = true,
                    example = "0012345679")
            @PathParam("nationalId") String nationalId,
            @Parameter(description = "Optional birth date to match: yyyy-mm-dd (Gregorian) or yyyy/mm/dd (Jalali, "
                    + "e.g. 1370/05/12)")
            @QueryParam("birthDate") String birthDate) {
        if (apiKey == null || apiKey.isBlank()) {
            return ProblemMapper.response(new Problem("api-key-missing", "API key missing", 401,
                    "Send the centre's key in the " + KEY_HEADER + " header.", "کلید API ارسال نشده است"), 0);
        }
        String key = ApiKeyFormat.clean(apiKey);
        Optional<ApiClient> client = key == null ? Optional.empty() : apiKeys.authenticate(key);
        if (client.isEmpty()) {
            return ProblemMapper.response(new Problem("api-key-invalid", "API key not valid", 401,
                    "The key is unknown or revoked.", "کلید API معتبر نیست یا باطل شده است"), 0);
        }
        long wait = rateLimit.tryAcquire(client.get().keyId());
        if (wait > 0) {
            return ProblemMapper.response(new Problem("rate-limited", "Too many requests", 429,
                    "This key's rate limit is exceeded; retry after " + wait + " s.",
                    "تعداد درخواست‌ها بیش از حد مجاز است"), wait);
        }
        Eligibility answer;
        try {
            answer = eligibility.checkForApi(client.get().centerId(), client.get().actor(), nationalId,
                    parseDate(birthDate));
        } catch (ValidationException e) {
            return ProblemMapper.response(ProblemMapper.forValidation(e.key()), 0);
        }
        return Response.ok(Json.JSONB.toJson(answer), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
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
