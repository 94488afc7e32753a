package ir.hami.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts a message to an SMS provider as JSON {@code {"to","text","sender"}} with a bearer token, the shape most
 * Iranian SMS web services accept behind a small adapter. URL, token and sender come from configuration
 * ({@code HAMI_SMS_HTTP_URL}, {@code HAMI_SMS_HTTP_TOKEN}, {@code HAMI_SMS_HTTP_SENDER}); the default URL is on
 * loopback, so nothing leaves the machine unless configured. It is called by the {@link OutboxWorker} outside any
 * transaction and request, with a short timeout ({@code HAMI_SMS_HTTP_TIMEOUT_SECONDS}, 5 s). A 4xx answer other than
 * 408 and 429 refuses this message for good ({@link SmsRejectedException}); anything else is a passing failure.
 */
public class HttpSmsGateway implements SmsGateway {

    private final URI endpoint;
    private final String token;
    private final String sender;
    private final HttpClient client;
    private final Duration timeout;

    public HttpSmsGateway(String endpoint, String token, String sender) {
        this(endpoint, token, sender, Duration.ofSeconds(5));
    }

    public HttpSmsGateway(String endpoint, String token, String sender, Duration timeout) {
        this.endpoint = URI.create(endpoint);
        this.token = token == null ? "" : token;
        this.sender = sender;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout.compareTo(Duration.ofSeconds(3)) < 0
                ? timeout : Duration.ofSeconds(3)).build();
    }

    @Override
    public String deliver(String mobile, String text) throws IOException {
        return post(mobile, text, null);
    }

    /** Sends header {@code Idempotency-Key: hami-sms-<id>}: a provider that keeps keys delivers a retry only once. */
    @Override
    public String deliver(long messageId, String mobile, String text) throws IOException {
        return post(mobile, text, "hami-sms-" + messageId);
    }

    private String post(String mobile, String text, String idempotencyKey) throws IOException {
        String json = "{\"to\":\"" + escape(mobile) + "\",\"text\":\"" + escape(text) + "\",\"sender\":\""
                + escape(sender) + "\"}";
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 4 && status != 408 && status != 429) {
                throw new SmsRejectedException("SMS provider refused the message: " + status + " " + excerpt(response));
            }
            if (status / 100 != 2) {
                throw new IOException("SMS provider answered " + status);
            }
            String body = response.body() == null ? "" : response.body().strip();
            return body.length() > 100 ? body.substring(0, 100) : body;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String excerpt(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return body.length() > 80 ? body.substring(0, 80) : body;
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
