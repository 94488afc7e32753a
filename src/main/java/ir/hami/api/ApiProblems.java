package ir.hami.api;

import ir.hami.platform.web.Problem;

/** The members' API's own refusals (those of the HTTP layer; domain refusals come from their message keys). */
public final class ApiProblems {

    private ApiProblems() {
    }

    public static Problem tokenMissing() {
        return new Problem("token-missing", "Access token missing", 401,
                "Send the access token of POST /api/v1/auth/token in the Authorization header: Bearer <token>.",
                "ابتدا وارد شوید");
    }

    public static Problem tokenInvalid() {
        return new Problem("token-invalid", "Access token not valid", 401,
                "The access token is malformed, expired or signed by an unknown key; refresh it.",
                "نشست شما به پایان رسیده است؛ دوباره وارد شوید");
    }

    public static Problem forbidden() {
        return new Problem("forbidden", "Forbidden", 403, "This account may not do this.",
                "شما اجازه این کار را ندارید");
    }

    public static Problem conflict() {
        return new Problem("conflict", "Changed meanwhile", 409,
                "The record was changed by someone else; read it again and retry.",
                "این مورد در این فاصله تغییر کرده است؛ دوباره بارگذاری و تلاش کنید");
    }

    public static Problem idempotencyKeyMissing() {
        return new Problem("idempotency-key-missing", "Idempotency-Key header missing", 400,
                "Every create needs an Idempotency-Key header (8 to 100 characters of A-Z a-z 0-9 - _ . :), the same "
                        + "on each retry of the same request.",
                "شناسه یکتای درخواست (Idempotency-Key) ارسال نشده یا نامعتبر است");
    }

    public static Problem rateLimited(long retryAfterSeconds) {
        return new Problem("rate-limited", "Too many requests", 429,
                "This sign-in's rate limit is exceeded; retry after " + retryAfterSeconds + " s.",
                "تعداد درخواست‌ها بیش از حد مجاز است؛ کمی بعد دوباره تلاش کنید");
    }

    public static Problem invalidBody(String detail) {
        return new Problem("invalid-body", "Invalid request body", 400, detail,
                "درخواست ارسال‌شده معتبر نیست");
    }

    public static Problem loginRefused(String titleFa, String title, int status) {
        return new Problem("login-refused", title, status, null, titleFa);
    }

    public static Problem refreshRefused() {
        return new Problem("refresh-refused", "Refresh token not valid", 401,
                "The refresh token is unknown, expired, used or revoked; sign in again.",
                "نشست شما به پایان رسیده است؛ دوباره وارد شوید");
    }
}
