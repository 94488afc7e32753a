package ir.hami.eligibility.api;

import ir.hami.eligibility.ApiClient;
import ir.hami.eligibility.ApiKeyCheck;
import ir.hami.eligibility.ApiKeyFormat;
import ir.hami.eligibility.ApiRateLimit;
import ir.hami.eligibility.AuditBacklogException;
import ir.hami.eligibility.Eligibility;
import ir.hami.eligibility.EligibilityService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's JSON API for hospital information systems, under {@code /api}, versioned by path. One operation:
 * {@code GET /api/v1/eligibility/{nationalId}[?birthDate=…]}, is this person covered today? Documented by hand in
 * {@code META-INF/openapi.yaml}, served by MicroProfile OpenAPI at {@code /openapi}.
 *
 * <p>A plain servlet, not JAX-RS: hospitals call it up to a thousand times a second, and in the benchmark the
 * servlet took a quarter off the portal's CPU per call (0.36 ms instead of 0.47: Jersey's routing, HK2, the
 * MicroProfile per-request listeners), see README, Benchmarks. So the path is parsed here, the
 * key answered from memory ({@link ApiKeyCheck}), the rate limit counted in memory ({@link ApiRateLimit}), the check
 * made by {@link EligibilityService#checkForApi} and the answer written by one shared JSON-B instance (properties in
 * alphabetical order, no nulls). Every other answer is an RFC 9457 problem ({@link Problem}); no stack trace leaves
 * the server. Answers are not cached ({@code Cache-Control: no-store}). OPTIONS answers 204 with {@code Allow}.
 */
@WebServlet(name = "eligibilityApi", urlPatterns = "/api/*")
public class EligibilityApi extends HttpServlet {

    public static final String KEY_HEADER = "X-Api-Key";

    static final String ELIGIBILITY = "/v1/eligibility/";

    /** The methods of the API's one path. */
    static final String ALLOW = "GET, HEAD, OPTIONS";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EligibilityApi.class.getName());

    /** Created on the first answer (unit tests of the parsing here run without a JSON-B provider). */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Inject
    transient ApiKeyCheck apiKeys;

    @Inject
    transient ApiRateLimit rateLimit;

    @Inject
    transient EligibilityService eligibility;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (nationalIdIn(request.getPathInfo()) == null) {
            problem(response, Problem.notFound(), 0);
        } else if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(request, response);
        } else if ("OPTIONS".equals(method)) {
            response.setHeader("Allow", ALLOW);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.setHeader("Allow", ALLOW);
            problem(response, Problem.methodNotAllowed(), 0);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (ValidationException e) {
            problem(response, Problem.forValidation(e.key()), 0);
        } catch (AuditBacklogException e) {
            problem(response, Problem.unavailable(), Problem.UNAVAILABLE_RETRY_SECONDS);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "API error", e);
            problem(response, Problem.internal(), 0);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String apiKey = request.getHeader(KEY_HEADER);
        if (apiKey == null || apiKey.isBlank()) {
            problem(response, Problem.keyMissing(KEY_HEADER), 0);
            return;
        }
        String key = ApiKeyFormat.clean(apiKey);
        Optional<ApiClient> client = key == null ? Optional.empty() : apiKeys.authenticate(key);
        if (client.isEmpty()) {
            problem(response, Problem.keyInvalid(), 0);
            return;
        }
        long wait = rateLimit.tryAcquire(client.get().keyId());
        if (wait > 0) {
            problem(response, Problem.rateLimited(wait), wait);
            return;
        }
        Eligibility answer = eligibility.checkForApi(client.get().centerId(), client.get().actor(),
                nationalIdIn(request.getPathInfo()), parseDate(birthDateIn(request.getQueryString())));
        write(response, HttpServletResponse.SC_OK, "application/json", Json.JSONB.toJson(answer));
    }

    /**
     * The national ID of {@code /v1/eligibility/{nationalId}} (the path after {@code /api}, decoded), as sent, with
     * or without one trailing slash (as JAX-RS matched it); null for any other path: {@code /v1/eligibility/} with
     * nothing after it, or a further segment.
     */
    static String nationalIdIn(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith(ELIGIBILITY)) {
            return null;
        }
        String id = pathInfo.substring(ELIGIBILITY.length());
        if (id.endsWith("/")) {
            id = id.substring(0, id.length() - 1);
        }
        return id.isEmpty() || id.indexOf('/') >= 0 ? null : id;
    }

    /**
     * The {@code birthDate} of the raw query string, decoded; null when there is none. Read here rather than with
     * {@code getParameter}, which drops a value it cannot decode: a malformed {@code birthDate=%ZZ} would be answered
     * as if no birth date had been sent, and a check the centre meant to narrow would say "covered".
     */
    static String birthDateIn(String queryString) {
        if (queryString == null) {
            return null;
        }
        for (String pair : queryString.split("&")) {
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

    /** A problem+json answer, with {@code Retry-After} when {@code retryAfterSeconds} is positive. */
    private static void problem(HttpServletResponse response, Problem problem, long retryAfterSeconds)
            throws IOException {
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        write(response, problem.status(), Problem.MEDIA_TYPE, problem.toJson());
    }

    private static void write(HttpServletResponse response, int status, String mediaType, String json)
            throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        // the security headers filter sets it too, but decides on the raw path: answers about persons are never cached
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
