package ir.hami.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import ir.hami.testing.Deployments;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMS provider down for a long while (a fault of issue 18), compressed in time: a stub provider on 127.0.0.1
 * first answers 503, then is gone (connections refused), then accepts again. Messages queued before and during the
 * outage wait in the outbox; once the provider is back every one arrives, and none twice: the stub counts what it
 * accepted per message id (the gateway's {@code Idempotency-Key: hami-sms-<id>}). The worker's retry pauses are
 * shortened for the test (the production ones are {@code hami.sms.retry-*}: 5 s growing ×4 up to 10 minutes, 10
 * attempts, so an outage of about 55 minutes is waited out).
 */
@ExtendWith(ArquillianExtension.class)
class SmsProviderDownIT {

    private static final int MESSAGES_BEFORE = 8;
    private static final int MESSAGES_DURING = 8;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    SmsSender sms;

    @Inject
    OutboxWorker worker;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    /** "503", "ok"; while the server is stopped, connections are refused. */
    private final AtomicReference<String> mode = new AtomicReference<>("ok");
    private final Map<String, AtomicInteger> acceptedPerKey = new ConcurrentHashMap<>();
    private final AtomicInteger refusedRequests = new AtomicInteger();
    private HttpServer provider;
    private int port;
    private SmsGateway previousGateway;
    private RetryPolicy previousPolicy;
    private TestData data;

    @BeforeEach
    void startStubProvider() throws IOException {
        data = TestData.on(dataSource);
        provider = stubOn(0);
        port = provider.getAddress().getPort();
        previousGateway = worker.gateway();
        previousPolicy = worker.retryPolicy();
        worker.use(new HttpSmsGateway("http://127.0.0.1:" + port + "/sms", "test", "Hami", Duration.ofSeconds(2)),
                new RetryPolicy(Duration.ofMillis(500), 2, Duration.ofSeconds(2), 1000));
        await(Duration.ofSeconds(60), () -> count("select count(*) from sms_message where status in ('PENDING', "
                + "'SENDING')") == 0, "the queue is empty before the test");
    }

    @AfterEach
    void restore() {
        worker.use(previousGateway, previousPolicy);
        if (provider != null) {
            provider.stop(0);
        }
    }

    private HttpServer stubOn(int onPort) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.createContext("/sms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            int status = "ok".equals(mode.get()) ? 200 : 503;
            if (status == 200) {
                acceptedPerKey.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
            } else {
                refusedRequests.incrementAndGet();
            }
            byte[] reply = (status == 200 ? "ref-" + key : "provider down").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        return server;
    }

    @Test
    void messagesWaitWhileTheProviderIsDownAndAllArriveOnceWhenItIsBack() throws Exception {
        String mobile = TestData.newMobile();
        long t0 = System.nanoTime();
        List<String> timeline = new ArrayList<>();

        mode.set("503");
        timeline.add(at(t0) + " provider answers 503");
        for (int i = 1; i <= MESSAGES_BEFORE; i++) {
            sms.send(mobile, "پیام پیش از قطعی " + i, "TEST");
        }
        await(Duration.ofSeconds(20), () -> refusedRequests.get() >= 3, "the worker tries the provider again");
        timeline.add(at(t0) + " " + refusedRequests.get() + " attempts refused with 503");

        provider.stop(0);
        provider = null;
        timeline.add(at(t0) + " provider gone: connections refused");
        for (int i = 1; i <= MESSAGES_DURING; i++) {
            sms.send(mobile, "پیام در هنگام قطعی " + i, "TEST");
        }
        long failedBefore = attempts(mobile);
        await(Duration.ofSeconds(20), () -> attempts(mobile) >= failedBefore + 3, "refused connections are retried");
        timeline.add(at(t0) + " " + attempts(mobile) + " failed attempts recorded in the outbox");
        assertEquals(0L, count("select count(*) from sms_message where mobile = ? and status <> 'PENDING' "
                + "and status <> 'SENDING'", mobile), "every message still waits in the outbox");
        assertTrue(acceptedPerKey.isEmpty(), "nothing was accepted while the provider was down");

        mode.set("ok");
        provider = stubOn(port);
        long back = System.nanoTime();
        timeline.add(at(t0) + " provider back on the same port");
        int total = MESSAGES_BEFORE + MESSAGES_DURING;
        await(Duration.ofSeconds(30), () -> count("select count(*) from sms_message where mobile = ? and status = 'SENT'",
                mobile) == total, "every message is sent once the provider is back");
        long caughtUp = (System.nanoTime() - back) / 1_000_000;
        timeline.add(at(t0) + " all " + total + " sent, " + caughtUp + " ms after the provider came back");
        pause(2_000); // anything sent twice would arrive now

        List<Long> ids = ids(mobile);
        assertEquals(total, ids.size());
        for (long id : ids) {
            AtomicInteger n = acceptedPerKey.get("hami-sms-" + id);
            assertEquals(1, n == null ? 0 : n.get(), "message " + id + " accepted by the provider once");
        }
        assertEquals(total, acceptedPerKey.values().stream().mapToInt(AtomicInteger::get).sum(),
                "no other message reached the provider: " + acceptedPerKey);
        System.out.println("=== SMS provider down (" + Instant.now() + "): " + String.join("; ", timeline)
                + "; " + refusedRequests.get() + " requests answered 503");
    }

    private List<Long> ids(String mobile) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select id from sms_message where mobile = ? order by id")) {
            s.setString(1, mobile);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private long attempts(String mobile) {
        return count("select coalesce(sum(attempts), 0) from sms_message where mobile = ?", mobile);
    }

    private long count(String sql, Object... args) {
        Object n = data.queryValue(sql, args);
        return n == null ? 0 : ((Number) n).longValue();
    }

    private static String at(long t0) {
        return "+" + (System.nanoTime() - t0) / 1_000_000 + " ms";
    }

    private static void await(Duration within, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            pause(100);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
