package ir.hami.fhir;

import ir.hami.eligibility.ApiClient;
import ir.hami.eligibility.ApiKeyCheck;
import ir.hami.eligibility.ApiKeyFailures;
import ir.hami.eligibility.ApiKeyFormat;
import ir.hami.eligibility.ApiRateLimit;
import ir.hami.eligibility.api.EligibilityResource;
import ir.hami.platform.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A centre's API key on a FHIR call, checked exactly as the JSON eligibility API checks it: an address that sent too
 * many bad keys is refused first, then the key is looked up in memory and its rate limit counted.
 */
@ApplicationScoped
public class CenterGate {

    public static final String KEY_HEADER = EligibilityResource.KEY_HEADER;

    @Inject
    ApiKeyCheck apiKeys;

    @Inject
    ApiRateLimit rateLimit;

    @Inject
    ApiKeyFailures keyFailures;

    /** @throws FhirException 401 (missing or bad key) or 429 (too many bad keys, rate limit) */
    public ApiClient admit(String apiKey, HttpServletRequest request) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new FhirException(401, "login", "Send the centre's API key in the " + KEY_HEADER + " header.",
                    "کلید API ارسال نشده است");
        }
        String address = Requests.clientIp(request);
        long blocked = keyFailures.retryAfter(address);
        if (blocked > 0) {
            throw new FhirException(429, "throttled", "Too many invalid API keys from this address; retry after "
                    + blocked + " s.", "تعداد کلیدهای نامعتبر ارسال‌شده از این نشانی بیش از حد مجاز است", blocked);
        }
        String key = ApiKeyFormat.clean(apiKey);
        Optional<ApiClient> client = key == null ? Optional.empty() : apiKeys.authenticate(key);
        if (client.isEmpty()) {
            keyFailures.failed(address);
            throw new FhirException(401, "login", "The API key is unknown or revoked.",
                    "کلید API معتبر نیست یا باطل شده است");
        }
        long wait = rateLimit.tryAcquire(client.get().keyId());
        if (wait > 0) {
            throw new FhirException(429, "throttled", "This key's rate limit is exceeded; retry after " + wait + " s.",
                    "تعداد درخواست‌ها بیش از حد مجاز است", wait);
        }
        return client.get();
    }
}
