package ir.hami.platform.web;

import ir.hami.platform.persistence.DatabaseUnavailable;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem ({@code application/problem+json}): type, title, status, detail in English, and the title in
 * Persian ({@code title_fa}) for the centre's staff or the member's app. The APIs' every refusal is one of the
 * factories below or a domain refusal's message ({@link #of}).
 */
public record Problem(String type, String title, int status, String detail, String titleFa) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://hami.example/problems/";

    /** Retry-After of a 503: checks cannot be recorded at the moment. */
    public static final long UNAVAILABLE_RETRY_SECONDS = 5;

    public static Problem keyMissing(String header) {
        return new Problem("api-key-missing", "API key missing", 401, "Send the centre's key in the " + header
                + " header.", "کلید API ارسال نشده است");
    }

    public static Problem keyInvalid() {
        return new Problem("api-key-invalid", "API key not valid", 401, "The key is unknown or revoked.",
                "کلید API معتبر نیست یا باطل شده است");
    }

    public static Problem keyFailures(long retryAfterSeconds) {
        return new Problem("api-key-failures", "Too many invalid keys", 429, "Too many invalid API keys were sent "
                + "from this address; retry after " + retryAfterSeconds + " s.",
                "تعداد کلیدهای نامعتبر ارسال‌شده از این نشانی بیش از حد مجاز است");
    }

    public static Problem rateLimited(long retryAfterSeconds) {
        return new Problem("rate-limited", "Too many requests", 429, "This key's rate limit is exceeded; retry after "
                + retryAfterSeconds + " s.", "تعداد درخواست‌ها بیش از حد مجاز است");
    }

    /** Checks cannot be recorded at the moment (the audit rows' queue is full): not answered. */
    public static Problem unavailable() {
        return new Problem("unavailable", "Service unavailable", 503, "Checks cannot be recorded at the moment; "
                + "retry after " + UNAVAILABLE_RETRY_SECONDS + " s.",
                "سامانه موقتاً پاسخگو نیست؛ لطفاً کمی بعد دوباره تلاش کنید");
    }

    /**
     * The database cannot be reached at the moment (stopped, restarting): retry shortly, a create with the same
     * Idempotency-Key (a commit cut off by the outage may or may not have taken effect).
     */
    public static Problem databaseUnavailable() {
        return new Problem("database-unavailable", "Service unavailable", 503, "The database cannot be reached at "
                + "the moment. Retry after " + DatabaseUnavailable.RETRY_AFTER_SECONDS + " s (a create with the same "
                + "Idempotency-Key).", "سامانه موقتاً در دسترس نیست؛ لطفاً چند ثانیه دیگر دوباره تلاش کنید");
    }

    public static Problem notFound() {
        return new Problem("not-found", "Not found", 404, "No such path in this API; see /openapi.",
                "چنین نشانی‌ای در API وجود ندارد");
    }

    public static Problem methodNotAllowed() {
        return new Problem("method-not-allowed", "Method not allowed", 405,
                "This path answers GET (and HEAD, OPTIONS) only.", "این نشانی فقط درخواست GET را می‌پذیرد");
    }

    /** Any other refusal of the HTTP layer (e.g. 406 for an {@code Accept} without JSON), by its status. */
    public static Problem forStatus(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("http-" + status, known == null ? "Error" : known.getReasonPhrase(), status, null,
                "درخواست پذیرفته نشد");
    }

    public static Problem internal() {
        return new Problem("internal", "Internal error", 500, "The request could not be answered.", "خطای داخلی");
    }

    /** A {@code ValidationException}'s key as a 400 problem. */
    public static Problem forValidation(String key) {
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

    /** A domain refusal: its message key decides the status, its texts come from the bundles. */
    public static Problem of(String type, int status, String title, String titleFa) {
        return new Problem(type, title, status, null, titleFa);
    }

    /**
     * A problem+json response, with {@code Retry-After} when {@code retryAfterSeconds} is positive. Not cached: the
     * security headers filter sets {@code no-store} too, but decides on the raw path.
     */
    public Response response(long retryAfterSeconds) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MEDIA_TYPE + ";charset=UTF-8").entity(toJson())
                .header("Cache-Control", "no-store");
        if (retryAfterSeconds > 0) {
            response.header("Retry-After", retryAfterSeconds);
        }
        return response.build();
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        field(json, "type", TYPE_BASE + type).append(',');
        field(json, "title", title).append(',');
        json.append("\"status\":").append(status);
        if (detail != null) {
            field(json.append(','), "detail", detail);
        }
        if (titleFa != null) {
            field(json.append(','), "title_fa", titleFa);
        }
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"');
    }
}
