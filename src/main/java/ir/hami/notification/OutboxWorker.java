package ir.hami.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the SMS outbox after commit. Every node runs one: it polls for due messages ({@code hami.outbox.poll-millis},
 * 1 s) and is woken at once when a transaction that queued a message commits ({@link SmsQueued}), so a code arrives
 * in well under a second. It takes the due messages oldest first, claims each atomically with a lease
 * ({@link OutboxDelivery#claim}), calls the provider outside any transaction, and records the outcome:
 * <ul>
 *   <li>taken: SENT, with the provider's reference;</li>
 *   <li>refused for good ({@link SmsRejectedException}): FAILED, and the next message goes on;</li>
 *   <li>any other failure (provider down, slow, 5xx): the message is retried after a growing pause
 *       ({@link RetryPolicy}, {@code hami.sms.retry-*}), FAILED after the last attempt; the rest of the queue waits
 *       with it and catches up in order when the provider answers again;</li>
 *   <li>too old to be useful (an SMS code past its expiry, or older than {@code hami.outbox.max-age-minutes}): EXPIRED,
 *       never sent late.</li>
 * </ul>
 * A message is sent at most once while leases hold; only a node that stops mid-send for longer than the lease
 * ({@code hami.outbox.lease-seconds}) leaves a message that another node may send again.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxHeartbeat heartbeat;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hami.outbox.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "hami.outbox.batch-size", defaultValue = "10")
    int batchSize;

    @Inject
    @ConfigProperty(name = "hami.outbox.lease-seconds", defaultValue = "60")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "hami.outbox.max-age-minutes", defaultValue = "1440")
    long maxAgeMinutes;

    @Inject
    @ConfigProperty(name = "hami.outbox.node")
    Optional<String> nodeName;

    @Inject
    @ConfigProperty(name = "hami.sms.retry-first-seconds", defaultValue = "5")
    long retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "hami.sms.retry-factor", defaultValue = "4")
    double retryFactor;

    @Inject
    @ConfigProperty(name = "hami.sms.retry-max-seconds", defaultValue = "600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "hami.sms.retry-max-attempts", defaultValue = "10")
    int retryMaxAttempts;

    @Inject
    @ConfigProperty(name = "hami.sms.provider", defaultValue = "outbox")
    String provider;

    @Inject
    @ConfigProperty(name = "hami.sms.http.url", defaultValue = "http://127.0.0.1:9090/sms")
    String httpUrl;

    @Inject
    @ConfigProperty(name = "hami.sms.http.token")
    Optional<String> httpToken;

    @Inject
    @ConfigProperty(name = "hami.sms.http.sender", defaultValue = "Hami")
    String httpSender;

    @Inject
    @ConfigProperty(name = "hami.sms.http.timeout-seconds", defaultValue = "5")
    int httpTimeoutSeconds;

    private volatile SmsGateway gateway;
    private volatile RetryPolicy retryPolicy;
    private String node;
    private ScheduledFuture<?> polling;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    /** Starts polling when the application starts (the first run a few seconds later, after the migrations). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gateway = "http".equalsIgnoreCase(provider)
                ? new HttpSmsGateway(httpUrl, httpToken.orElse(""), httpSender, Duration.ofSeconds(httpTimeoutSeconds))
                : new OutboxSmsGateway();
        retryPolicy = new RetryPolicy(Duration.ofSeconds(retryFirstSeconds), retryFactor,
                Duration.ofSeconds(retryMaxSeconds), retryMaxAttempts);
        String name = nodeName.map(String::strip).filter(s -> !s.isEmpty()).orElse("node");
        node = (name.length() > 20 ? name.substring(0, 20) : name) + "-" + UUID.randomUUID().toString().substring(0, 8);
        heartbeat.watch(enabled, pollMillis);
        if (enabled) {
            polling = scheduler.scheduleWithFixedDelay(this::poll, 5_000, Math.max(100, pollMillis),
                    TimeUnit.MILLISECONDS);
            LOG.info(() -> "SMS outbox worker " + node + " started: provider " + provider + ", every " + pollMillis
                    + " ms");
        } else {
            LOG.info("SMS outbox worker disabled on this node (hami.outbox.enabled=false): messages are only queued");
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** A transaction that queued an SMS has committed: deliver now rather than at the next poll. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SmsQueued event) {
        if (enabled && wakeQueued.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    wakeQueued.set(false);
                    poll();
                });
            } catch (RuntimeException e) {
                wakeQueued.set(false);
                LOG.log(Level.WARNING, "SMS outbox: could not wake the worker; the next poll delivers", e);
            }
        }
    }

    private void poll() {
        heartbeat.beat();
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SMS outbox: delivery round failed; the next poll tries again", e);
        }
    }

    /**
     * Delivers every due message, one batch after another, with this node's gateway. Only one round runs at a time
     * on a node; a wake-up during a round makes the round look again before it ends.
     */
    public void drain() {
        if (!draining.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (deliverDue(node, gateway) >= batchSize) {
                    // a full batch: there may be more
                }
            } while (again.get());
        } finally {
            draining.unlock();
        }
    }

    /**
     * One round: takes up to {@code hami.outbox.batch-size} due messages, the oldest first, and for each claims it in
     * the name {@code worker} (skipping one another worker took) and delivers it through {@code through}. Public so
     * that tests can run two workers at once against one stub provider.
     *
     * @return how many messages were due (a full batch: there may be more); 0 when none was, or when the provider
     *         failed and the queue now waits
     */
    public int deliverDue(String worker, SmsGateway through) {
        String claim = worker + "/" + UUID.randomUUID().toString().substring(0, 8);
        delivery.recoverExpiredLeases(clock.instant());
        List<Long> due = delivery.due(clock.instant(), batchSize);
        RetryPolicy policy = retryPolicy;
        for (long id : due) {
            Instant at = clock.instant();
            SmsMessage m;
            try {
                m = delivery.claim(id, claim, at, at.plusSeconds(leaseSeconds));
            } catch (RuntimeException busy) {
                // another worker's claim held the row longer than the database waits: it is theirs
                LOG.log(Level.FINE, "SMS outbox: message " + id + " is busy", busy);
                continue;
            }
            if (m == null) {
                continue;
            }
            if (m.getNotAfter() != null && !at.isBefore(m.getNotAfter())) {
                delivery.finished(id, claim, SmsMessage.Status.EXPIRED, false, "expired before it could be delivered");
                continue;
            }
            if (!at.isBefore(m.getCreatedAt().plus(Duration.ofMinutes(maxAgeMinutes)))) {
                delivery.finished(id, claim, SmsMessage.Status.EXPIRED, false,
                        "older than " + maxAgeMinutes + " minutes");
                continue;
            }
            try {
                String reference = through.deliver(id, m.getMobile(), m.getBody());
                delivery.sent(id, claim, reference, clock.instant());
            } catch (SmsRejectedException e) {
                LOG.warning(() -> "SMS " + id + " refused by the provider: " + e.getMessage());
                delivery.finished(id, claim, SmsMessage.Status.FAILED, true, e.getMessage());
            } catch (IOException | RuntimeException e) {
                int failed = m.getAttempts() + 1;
                Instant next = policy.nextAttempt(failed, clock.instant());
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.warning(() -> "SMS " + id + " attempt " + failed + " failed: " + reason
                        + (next == null ? "; giving up" : "; the queue waits until " + next));
                if (next == null) {
                    delivery.finished(id, claim, SmsMessage.Status.FAILED, true,
                            "gave up after " + failed + " attempts: " + reason);
                    continue;
                }
                delivery.retryLater(id, claim, reason, next);
                try {
                    delivery.holdQueue(next);
                } catch (RuntimeException busy) {
                    // another worker is claiming the same rows: they wait with its own hold instead
                    LOG.log(Level.FINE, "SMS outbox: could not hold the queue", busy);
                }
                return 0;
            }
        }
        return due.size();
    }

    /** This node's worker name (as in {@code claimed_by}). */
    public String node() {
        return node;
    }

    /** The gateway in use. */
    public SmsGateway gateway() {
        return gateway;
    }

    /**
     * Replaces the gateway and the retry policy (tests point the worker at a stub provider on loopback with short
     * pauses); returns nothing, the caller keeps the previous ones from {@link #gateway()} and {@link #retryPolicy()}.
     */
    public void use(SmsGateway gateway, RetryPolicy policy) {
        this.gateway = gateway;
        this.retryPolicy = policy;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }
}
