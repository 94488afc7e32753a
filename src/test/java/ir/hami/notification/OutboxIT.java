package ir.hami.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import ir.hami.testing.Deployments;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMS outbox on the real server, against a stub SMS provider on 127.0.0.1 that this test starts inside the
 * server's JVM (the test runs in the container): nothing is sent for a transaction that rolled back; a provider that
 * fails or hangs makes the queue wait and then catch up in order; two workers never send one message twice; a slow
 * provider does not slow the business call; a code is not sent after it expired.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Pattern TO = Pattern.compile("\"to\":\"(\\d+)\"");
    private static final Pattern TEXT = Pattern.compile("\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    SmsSender sms;

    @Inject
    Notifications notifications;

    @Inject
    VerificationCodes codes;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxDelivery delivery;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    /** The stub provider: answers as {@link #mode} says and keeps what it accepted, in order. */
    private HttpServer provider;
    private final AtomicReference<String> mode = new AtomicReference<>("ok");
    private final List<String[]> accepted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();
    private SmsGateway previousGateway;
    private RetryPolicy previousPolicy;
    private TestData data;

    @BeforeEach
    void startStubProvider() throws IOException {
        data = TestData.on(dataSource);
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        provider.createContext("/sms", exchange -> {
            String json = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.incrementAndGet();
            String now = mode.get();
            int status = 200;
            if (now.equals("down")) {
                status = 500;
            } else if (now.equals("refuse")) {
                status = 400;
            } else if (now.startsWith("slow:")) {
                pause(Long.parseLong(now.substring(5)));
            } else if (now.startsWith("hang:")) {
                // hangs past the gateway's timeout, then gives up itself (the message never left)
                pause(Long.parseLong(now.substring(5)));
                status = 503;
            }
            if (status == 200) {
                accepted.add(new String[] {match(TO, json), match(TEXT, json)});
            }
            byte[] reply = (status == 200 ? "ref-" + requests.get() : "provider error").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        provider.start();
        previousGateway = worker.gateway();
        previousPolicy = worker.retryPolicy();
        worker.use(stub(Duration.ofSeconds(2)), new RetryPolicy(Duration.ofSeconds(1), 1, Duration.ofSeconds(1), 30));
        // each test starts with an empty queue: what an earlier test left is delivered first
        await(Duration.ofSeconds(60), () -> count("select count(*) from sms_message where status in ('PENDING', "
                + "'SENDING')") == 0, "the queue is empty before the test");
        requests.set(0);
    }

    @AfterEach
    void stopStubProvider() {
        worker.use(previousGateway, previousPolicy);
        provider.stop(0);
    }

    private HttpSmsGateway stub(Duration timeout) {
        InetSocketAddress address = provider.getAddress();
        assertTrue(address.getAddress().isLoopbackAddress());
        return new HttpSmsGateway("http://127.0.0.1:" + address.getPort() + "/sms", "test", "Hami", timeout);
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void anSmsOfATransactionThatRolledBackIsNeitherKeptNorSent() throws Exception {
        String undone = TestData.newMobile();
        String done = TestData.newMobile();
        tx.begin();
        sms.send(undone, "تغییری که برگشت خورد", "TEST");
        tx.rollback();
        tx.begin();
        sms.send(done, "تغییری که ثبت شد", "TEST");
        tx.commit();

        long committed = System.nanoTime();
        await(Duration.ofSeconds(5), () -> acceptedFor(done).size() == 1, "the committed SMS is delivered");
        long millis = (System.nanoTime() - committed) / 1_000_000;
        assertTrue(millis < 5_000, "delivered " + millis + " ms after commit");
        await(Duration.ofSeconds(5), () -> "SENT".equals(status(done)), "and recorded as sent");
        pause(1_500);
        assertEquals(List.of(), acceptedFor(undone));
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", undone));
    }

    @Test
    void aNotificationOfATransactionThatRolledBackLeavesNoNoticeAndNoSms() throws Exception {
        long contract = data.contract(data.insurer("بیمه صف " + TestData.unique("")), data.policyholder("شرکت صف"))
                .create();
        TestData.Member member = data.family(contract).create().main();
        tx.begin();
        notifications.notify(member.personId(), "REFERRAL", null, "referral.sms.submitted", "ABC123");
        tx.rollback();
        pause(1_500);
        assertEquals(0L, count("select count(*) from member_notification where person_id = ?", member.personId()));
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", member.mobile()));
        assertEquals(List.of(), acceptedFor(member.mobile()));

        notifications.notify(member.personId(), "REFERRAL", null, "referral.sms.submitted", "ABC123");
        await(Duration.ofSeconds(5), () -> acceptedFor(member.mobile()).size() == 1, "the committed one is sent");
        assertEquals(1L, count("select count(*) from member_notification where person_id = ?", member.personId()));
    }

    @Test
    void aProviderOutageQueuesTheMessagesAndTheyCatchUpInOrder() throws Exception {
        String mobile = TestData.newMobile();
        mode.set("down");
        for (int i = 1; i <= 3; i++) {
            sms.send(mobile, "پیام " + i, "TEST");
        }
        await(Duration.ofSeconds(20), () -> attemptsOfFirst(mobile) >= 2, "the provider is tried again");
        assertTrue(requests.get() < 10, "the queue waits with the provider: " + requests.get() + " requests");
        // then it hangs: longer than the gateway's timeout of 2 s
        mode.set("hang:3500");
        int before = attemptsOfFirst(mobile);
        await(Duration.ofSeconds(20), () -> attemptsOfFirst(mobile) >= before + 1, "a timeout counts as a failure");
        assertEquals(List.of(), acceptedFor(mobile), "nothing was taken while the provider failed");
        assertEquals(0L, count("select count(*) from sms_message where mobile = ? and status <> 'PENDING' "
                + "and status <> 'SENDING'", mobile));

        mode.set("ok");
        await(Duration.ofSeconds(30), () -> acceptedFor(mobile).size() == 3, "the queue catches up");
        assertEquals(List.of("پیام 1", "پیام 2", "پیام 3"), acceptedFor(mobile), "in the order they were queued");
        await(Duration.ofSeconds(5), () -> count("select count(*) from sms_message where mobile = ? and status = 'SENT' "
                + "and provider_ref like 'ref-%' and sent_at is not null", mobile) == 3, "recorded as sent");
        assertTrue(attemptsOfFirst(mobile) >= 3, "failures and the success are counted");
        String error = (String) data.queryValue("select last_error from sms_message where mobile = ? order by id",
                mobile);
        assertTrue(error != null && (error.contains("500") || error.contains("503") || error.toLowerCase().contains("timed out")), error);
        pause(1_000);
        assertEquals(3, acceptedFor(mobile).size(), "and each is sent once");
    }

    @Test
    void twoWorkersAtOnceSendEachMessageOnce() throws Exception {
        String mobile = TestData.newMobile();
        mode.set("slow:30");
        tx.begin();
        for (int i = 0; i < 40; i++) {
            sms.send(mobile, "پیام همزمان " + i, "TEST");
        }
        tx.commit();
        AtomicInteger byA = new AtomicInteger();
        AtomicInteger byB = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Future<?> a = executor.submit(() -> drainAs("node-a", byA, start));
        Future<?> b = executor.submit(() -> drainAs("node-b", byB, start));
        start.countDown();
        a.get();
        b.get();
        await(Duration.ofSeconds(40), () -> acceptedFor(mobile).size() >= 40, "every message is sent");
        pause(1_000);
        List<String> texts = acceptedFor(mobile);
        assertEquals(40, texts.size(), "no message twice: " + texts);
        assertEquals(40, texts.stream().distinct().count());
        await(Duration.ofSeconds(5), () -> count("select count(*) from sms_message where mobile = ? and status = 'SENT' "
                + "and attempts = 1", mobile) == 40, "each recorded as sent at the first attempt");
        assertTrue(byA.get() + byB.get() > 0, "the two workers took part");
    }

    private Void drainAs(String node, AtomicInteger sent, CountDownLatch start) throws Exception {
        start.await();
        SmsGateway counting = (to, text) -> {
            String ref = stub(Duration.ofSeconds(2)).deliver(to, text);
            sent.incrementAndGet();
            return ref;
        };
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && worker.deliverDue(node, counting) > 0) {
            // next batch
        }
        return null;
    }

    @Test
    void aSlowProviderDoesNotHoldTheBusinessCall() {
        String mobile = TestData.newMobile();
        String subject = TestData.newNationalId();
        worker.use(stub(Duration.ofSeconds(10)), worker.retryPolicy());
        mode.set("slow:3000");
        long start = System.nanoTime();
        codes.issue(VerificationPurpose.ACTIVATION, subject, mobile, "10.77.0." + (System.nanoTime() % 200));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_500, "the code was issued in " + millis + " ms");
        await(Duration.ofSeconds(15), () -> acceptedFor(mobile).size() == 1, "the slow provider takes it");
        await(Duration.ofSeconds(5), () -> "SENT".equals(status(mobile)), "and it is recorded as sent");
    }

    @Test
    void aCodeThatCouldNotBeDeliveredBeforeItExpiredIsNotSentLate() throws Exception {
        String mobile = TestData.newMobile();
        mode.set("down");
        sms.send(mobile, "کد 123456", "ACTIVATION", Instant.now().plusSeconds(2));
        await(Duration.ofSeconds(15), () -> "EXPIRED".equals(status(mobile)), "the code expires in the queue");
        mode.set("ok");
        pause(2_000);
        assertEquals(List.of(), acceptedFor(mobile));
        assertEquals("EXPIRED", status(mobile));
    }

    @Test
    void aRefusedMessageFailsAtOnceWithoutHoldingTheQueueAndCanBeQueuedAgain() throws Exception {
        String refused = TestData.newMobile();
        String next = TestData.newMobile();
        mode.set("refuse");
        sms.send(refused, "شماره نادرست", "TEST");
        await(Duration.ofSeconds(10), () -> "FAILED".equals(status(refused)), "refused for good");
        assertEquals(1L, count("select attempts from sms_message where mobile = ?", refused));
        mode.set("ok");
        sms.send(next, "پیام بعدی", "TEST");
        await(Duration.ofSeconds(5), () -> acceptedFor(next).size() == 1, "the next one is not held back");

        long id = count("select id from sms_message where mobile = ?", refused);
        assertTrue(delivery.requeue(id, Instant.now()));
        assertFalse(delivery.requeue(id, Instant.now()), "only a failed message is queued again");
        worker.drain();
        await(Duration.ofSeconds(5), () -> acceptedFor(refused).size() == 1, "sent on the retry");
        await(Duration.ofSeconds(5), () -> "SENT".equals(status(refused)), "and recorded as sent");
    }

    // ------------------------------------------------------------------------------------------------------------

    private List<String> acceptedFor(String mobile) {
        synchronized (accepted) {
            return accepted.stream().filter(a -> mobile.equals(a[0])).map(a -> a[1]).toList();
        }
    }

    private String status(String mobile) {
        return (String) data.queryValue("select status from sms_message where mobile = ? order by id desc", mobile);
    }

    private int attemptsOfFirst(String mobile) {
        Object n = data.queryValue("select attempts from sms_message where mobile = ? order by id", mobile);
        return n == null ? 0 : ((Number) n).intValue();
    }

    private long count(String sql, Object... args) {
        Object n = data.queryValue(sql, args);
        return n == null ? 0 : ((Number) n).longValue();
    }

    private static String match(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        return m.find() ? m.group(1) : "";
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
