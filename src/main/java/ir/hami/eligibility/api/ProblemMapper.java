package ir.hami.eligibility.api;

import ir.hami.eligibility.AuditBacklogException;
import ir.hami.platform.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The API's one exception mapper: every error is application/problem+json, and no stack trace leaves the server. */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Problem problem;
        if (exception instanceof ValidationException v) {
            problem = forValidation(v.key());
        } else if (exception instanceof AuditBacklogException) {
            return response(unavailable(), UNAVAILABLE_RETRY_SECONDS);
        } else if (exception instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            problem = new Problem("http-" + status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null, null);
        } else {
            LOG.log(Level.SEVERE, "API error", exception);
            problem = new Problem("internal", "Internal error", 500, "The request could not be answered.",
                    "خطای داخلی");
        }
        return response(problem, 0);
    }

    /** A problem+json response, with {@code Retry-After} when {@code retryAfterSeconds} is positive. */
    static Response response(Problem problem, long retryAfterSeconds) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.toJson());
        if (retryAfterSeconds > 0) {
            response.header("Retry-After", retryAfterSeconds);
        }
        return response.build();
    }

    /** Retry-After of a 503: checks cannot be recorded at the moment. */
    static final long UNAVAILABLE_RETRY_SECONDS = 5;

    /** Checks cannot be recorded at the moment ({@link AuditBacklogException}): not answered. */
    static Problem unavailable() {
        return new Problem("unavailable", "Service unavailable", 503,
                "Checks cannot be recorded at the moment; retry after " + UNAVAILABLE_RETRY_SECONDS + " s.",
                "سامانه موقتاً پاسخگو نیست؛ لطفاً کمی بعد دوباره تلاش کنید");
    }

    static Problem forValidation(String key) {
        return switch (key) {
            case "nationalId.format" -> new Problem("national-id-format", "Malformed national ID", 400,
                    "A national ID is 10 digits.", "کد ملی باید ۱۰ رقم باشد");
            case "nationalId.invalid" -> new Problem("national-id-invalid", "Invalid national ID", 400,
                    "The national ID's check digit is wrong.", "کد ملی معتبر نیست");
            case "date.invalid" -> new Problem("birth-date-invalid", "Invalid birth date", 400,
                    "birthDate is yyyy-mm-dd (Gregorian) or yyyy/mm/dd (Jalali).", "تاریخ تولد معتبر نیست");
            default -> new Problem("invalid-input", "Invalid input", 400, key, "ورودی نامعتبر است");
        };
    }
}
