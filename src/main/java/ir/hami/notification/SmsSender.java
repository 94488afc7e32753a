package ir.hami.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends an SMS through the configured gateway and records it in the outbox, sent or not. A failing provider never
 * fails the caller's transaction: the message is marked FAILED and the flow goes on.
 */
@Stateless
public class SmsSender {

    private static final Logger LOG = Logger.getLogger(SmsSender.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.sms.provider", defaultValue = "outbox")
    String provider;

    @Inject
    @ConfigProperty(name = "hami.sms.http.url", defaultValue = "http://127.0.0.1:9090/sms")
    String httpUrl;

    @Inject
    @ConfigProperty(name = "hami.sms.http.token")
    java.util.Optional<String> httpToken;

    @Inject
    @ConfigProperty(name = "hami.sms.http.sender", defaultValue = "Hami")
    String httpSender;

    private SmsGateway gateway;

    @PostConstruct
    void init() {
        gateway = "http".equalsIgnoreCase(provider)
                ? new HttpSmsGateway(httpUrl, httpToken.orElse(""), httpSender)
                : new OutboxSmsGateway();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SmsMessage send(String mobile, String text, String purpose) {
        SmsMessage message = new SmsMessage(mobile, text, purpose, clock.instant());
        try {
            String reference = gateway.deliver(mobile, text);
            if (gateway instanceof HttpSmsGateway) {
                message.markSent(reference);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SMS to " + mobile + " failed: " + e.getMessage());
            message.markFailed(e.getMessage());
        }
        em.persist(message);
        return message;
    }

    /** The outbox, newest first, a page at a time. */
    public List<SmsMessage> outbox(String mobileFilter, int first, int pageSize) {
        String filter = mobileFilter == null ? "" : mobileFilter.strip();
        return em.createQuery("select m from SmsMessage m where (:m = '' or m.mobile = :m) order by m.id desc",
                        SmsMessage.class)
                .setParameter("m", filter)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long outboxCount(String mobileFilter) {
        String filter = mobileFilter == null ? "" : mobileFilter.strip();
        return em.createQuery("select count(m) from SmsMessage m where (:m = '' or m.mobile = :m)", Long.class)
                .setParameter("m", filter)
                .getSingleResult();
    }
}
