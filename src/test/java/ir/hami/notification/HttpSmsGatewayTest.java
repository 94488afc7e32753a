package ir.hami.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP SMS provider adapter, against a stub provider on loopback (nothing leaves the machine). */
class HttpSmsGatewayTest {

    private HttpServer provider;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<String> method = new AtomicReference<>();
    private final AtomicReference<String> idempotencyKey = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> answer = new AtomicReference<>("ref-7781\n");

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/sms", exchange -> {
            method.set(exchange.getRequestMethod());
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            idempotencyKey.set(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private HttpSmsGateway gateway(String token) {
        InetSocketAddress address = provider.getAddress();
        assertTrue(address.getAddress().isLoopbackAddress());
        return new HttpSmsGateway("http://127.0.0.1:" + address.getPort() + "/sms", token, "Hami");
    }

    @Test
    void postsJsonWithBearerTokenAndReturnsTheReference() throws IOException {
        String reference = gateway("s3cret-token").deliver("09121234567", "حامی: کد فعال‌سازی پرتال شما 482913 است.");

        assertEquals("ref-7781", reference);
        assertEquals("POST", method.get());
        assertEquals("Bearer s3cret-token", authorization.get());
        assertTrue(contentType.get().startsWith("application/json"), contentType.get());
        assertTrue(contentType.get().toLowerCase().contains("utf-8"), contentType.get());
        assertEquals("{\"to\":\"09121234567\",\"text\":\"حامی: کد فعال‌سازی پرتال شما 482913 است.\","
                + "\"sender\":\"Hami\"}", body.get());
    }

    @Test
    void anOutboxMessageCarriesItsIdAsIdempotencyKey() throws IOException {
        gateway("t").deliver(4711L, "09121234567", "متن");
        assertEquals("hami-sms-4711", idempotencyKey.get());
        gateway("t").deliver("09121234567", "متن");
        assertEquals(null, idempotencyKey.get(), "no key without a message id");
    }

    @Test
    void quotesBackslashesAndLineBreaksAreEscaped() throws IOException {
        gateway("t").deliver("09121234567", "گفت \"سلام\"\nC:\\path\ttab\u0001");
        assertEquals("{\"to\":\"09121234567\",\"text\":\"گفت \\\"سلام\\\"\\nC:\\\\path\\ttab\\u0001\","
                + "\"sender\":\"Hami\"}", body.get());
    }

    @Test
    void longReferenceIsCut() throws IOException {
        answer.set("x".repeat(150));
        assertEquals(100, gateway("t").deliver("09121234567", "متن").length());
    }

    @Test
    void providerErrorIsAnIOException() {
        status.set(500);
        answer.set("internal error");
        IOException e = assertThrows(IOException.class, () -> gateway("t").deliver("09121234567", "متن"));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void aRefusedMessageIsRejectedForGoodButAnOverloadedProviderIsOnlyAPassingFailure() {
        status.set(400);
        answer.set("invalid number");
        SmsRejectedException refused = assertThrows(SmsRejectedException.class,
                () -> gateway("t").deliver("09121234567", "متن"));
        assertTrue(refused.getMessage().contains("400") && refused.getMessage().contains("invalid number"),
                refused.getMessage());
        status.set(429);
        IOException busy = assertThrows(IOException.class, () -> gateway("t").deliver("09121234567", "متن"));
        assertTrue(!(busy instanceof SmsRejectedException), busy.toString());
    }

    @Test
    void aSlowProviderTimesOut() {
        provider.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        HttpSmsGateway slow = new HttpSmsGateway("http://127.0.0.1:" + provider.getAddress().getPort() + "/slow", "t",
                "Hami", java.time.Duration.ofMillis(300));
        long start = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> slow.deliver("09121234567", "متن"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "took " + millis + " ms: " + e);
        assertTrue(!(e instanceof SmsRejectedException), e.toString());
    }

    @Test
    void missingTokenSendsAnEmptyBearer() throws IOException {
        gateway(null).deliver("09121234567", "متن");
        assertEquals("Bearer", authorization.get().strip());
    }
}
