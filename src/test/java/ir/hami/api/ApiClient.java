package ir.hami.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small client of the members' API, as an app would use it: sign in, then JSON calls with the bearer token.
 * Tests of the API use it against the deployment's URL ({@code @ArquillianResource URL base}).
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private String accessToken;
    private String refreshToken;

    public ApiClient(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** An answer: status, headers and body, with the body read as JSON on demand. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        public JsonStructure any() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.read();
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /**
     * Signs in (POST /api/v1/auth/token) and keeps the tokens; fails the test unless it answers 200. The membership
     * type is {@code TestData}'s default contract's ({@code GROUP}).
     */
    public ApiClient login(String username, String password) {
        return login(username, password, "GROUP");
    }

    public ApiClient login(String username, String password, String membershipType) {
        Answer a = post("/api/v1/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("membershipType", membershipType).add("device", "test").build()
                .toString());
        if (a.status() != 200) {
            throw new AssertionError("login of " + username + " refused: " + a);
        }
        accessToken = a.json().getString("accessToken");
        refreshToken = a.json().getString("refreshToken");
        return this;
    }

    public String accessToken() {
        return accessToken;
    }

    public String refreshToken() {
        return refreshToken;
    }

    public ApiClient token(String access) {
        this.accessToken = access;
        return this;
    }

    /** The server's root (where Payara serves {@code /openapi}), without the application's context path. */
    public String root() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    public Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Answer post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    public Answer put(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    public Answer delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    /** A body of raw bytes (an upload) with its content type. */
    public Answer postBytes(String path, String contentType, byte[] bytes, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** Any request the test builds itself (multipart, another method). */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (accessToken != null) {
            b.header("Authorization", "Bearer " + accessToken);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    public Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            return new Answer(r.statusCode(), h, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
