package ir.hami.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS outbox as staff see it: messages newest first, filtered by status and mobile, the count of each status, and
 * for administrators "retry now" on a failed message. Outside demo mode ({@code hami.demo.outbox-page}) only
 * administrators see it, and the digits of one-time codes are hidden: nobody but the member reads their code.
 */
@Stateless
@RolesAllowed({"REFERRAL", "ASSESSOR", "FINANCE", "ADMIN"})
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final Set<String> CODE_PURPOSES = Arrays.stream(VerificationPurpose.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern DIGITS = Pattern.compile("[0-9۰-۹]{4,}");

    /** One row of the outbox page; the body with codes hidden where they must be. */
    public record Row(long id, java.time.Instant createdAt, String mobile, String body, String purpose,
                      SmsMessage.Status status, int attempts, java.time.Instant nextAttemptAt, String lastError,
                      java.time.Instant sentAt, boolean retryable) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxDelivery delivery;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Inject
    @ConfigProperty(name = "hami.demo.outbox-page", defaultValue = "false")
    boolean demo;

    /** Whether the caller may see the outbox at all: administrators always, other staff in demo mode. */
    public boolean visible() {
        return demo || context.isCallerInRole("ADMIN");
    }

    public long count(SmsMessage.Status status, String mobile) {
        if (!visible()) {
            return 0;
        }
        return filter(em.createQuery("select count(m) from SmsMessage m" + where(status, mobile), Long.class), status,
                mobile).getSingleResult();
    }

    public List<Row> page(SmsMessage.Status status, String mobile, int first, int size) {
        if (!visible()) {
            return List.of();
        }
        return filter(em.createQuery("select m from SmsMessage m" + where(status, mobile) + " order by m.id desc",
                SmsMessage.class), status, mobile)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList().stream().map(this::row).toList();
    }

    /** How many messages are in each status (every status present, 0 where none). */
    public Map<SmsMessage.Status, Long> counts() {
        Map<SmsMessage.Status, Long> counts = new EnumMap<>(SmsMessage.Status.class);
        for (SmsMessage.Status s : SmsMessage.Status.values()) {
            counts.put(s, 0L);
        }
        if (visible()) {
            for (Object[] r : em.createQuery("select m.status, count(m) from SmsMessage m group by m.status",
                    Object[].class).getResultList()) {
                counts.put((SmsMessage.Status) r[0], ((Number) r[1]).longValue());
            }
        }
        return counts;
    }

    /** Queues a failed message again for one more attempt now; false if it was not failed (any more). */
    @RolesAllowed("ADMIN")
    public boolean retry(long id) {
        boolean queued = delivery.requeue(id, clock.instant());
        if (queued) {
            LOG.info(() -> "SMS " + id + " queued again by " + context.getCallerPrincipal().getName());
        }
        return queued;
    }

    /** The text of an SMS as staff may read it: the digits of a one-time code hidden. */
    static String shown(String purpose, String body) {
        return CODE_PURPOSES.contains(purpose) ? DIGITS.matcher(body).replaceAll("••••••") : body;
    }

    private Row row(SmsMessage m) {
        String body = demo ? m.getBody() : shown(m.getPurpose(), m.getBody());
        return new Row(m.getId(), m.getCreatedAt(), m.getMobile(), body, m.getPurpose(), m.getStatus(),
                m.getAttempts(), m.getNextAttemptAt(), m.getLastError(), m.getSentAt(),
                m.getStatus() == SmsMessage.Status.FAILED);
    }

    private static String where(SmsMessage.Status status, String mobile) {
        boolean byMobile = mobile != null && !mobile.isBlank();
        if (status == null) {
            return byMobile ? " where m.mobile = :m" : "";
        }
        return byMobile ? " where m.status = :s and m.mobile = :m" : " where m.status = :s";
    }

    private static <T> TypedQuery<T> filter(TypedQuery<T> query, SmsMessage.Status status, String mobile) {
        if (status != null) {
            query.setParameter("s", status);
        }
        if (mobile != null && !mobile.isBlank()) {
            query.setParameter("m", mobile.strip());
        }
        return query;
    }
}
