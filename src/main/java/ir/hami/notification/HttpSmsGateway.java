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
 * loopback, so nothing leaves the machine unless configured.
 */
public class HttpSmsGateway implements SmsGateway {

    private final URI endpoint;
    private final String token;
    private final String sender;
    private final HttpClient client;

    public HttpSmsGateway(String endpoint, String token, String sender) {
        this.endpoint = URI.create(endpoint);
        this.token = token == null ? "" : token;
        this.sender = sender;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public String deliver(String mobile, String text) throws IOException {
        String json = "{\"to\":\"" + escape(mobile) + "\",\"text\":\"" + escape(text) + "\",\"sender\":\""
                + escape(sender) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("SMS provider answered " + response.statusCode());
            }
            String body = response.body() == null ? "" : response.body().strip();
            return body.length() > 100 ? body.substring(0, 100) : body;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
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
