package ir.hami.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.PortalServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The balancer's health checks on the shared test portal: {@code /health/ready} reports the database reachable at
 * the migrated schema, {@code /health/live} the SMS outbox worker running. (A node whose database is away answers
 * 503 on ready: the fault tests, {@code -Pcluster}, see that.)
 */
class HealthIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PortalServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyWhenTheDatabaseAnswersAtTheMigratedSchema() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().matches("(?s).*\"schema\"\\s*:\\s*\"\\d+\".*"), ready.body());
    }

    @Test
    void liveWhileTheOutboxWorkerRuns() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("sms-outbox-worker"), live.body());
    }
}
