package ir.hami.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Queues an SMS: writes it to the outbox (PENDING) in the caller's transaction and nothing more. No provider is
 * called here: the {@link OutboxWorker} delivers the message after the transaction commits, so a change that rolls
 * back announces nothing and no request waits for a provider. A failing provider never fails the caller.
 */
@Stateless
public class SmsSender {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SmsQueued> queued;

    /** Queues a message that is worth sending for as long as the outbox keeps trying ({@code hami.outbox.max-age-minutes}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public SmsMessage send(String mobile, String text, String purpose) {
        return send(mobile, text, purpose, null);
    }

    /**
     * Queues a message that is useless after {@code notAfter} (an SMS code past its expiry): if it cannot be delivered
     * by then, it is marked EXPIRED instead of sent late.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public SmsMessage send(String mobile, String text, String purpose, Instant notAfter) {
        SmsMessage message = new SmsMessage(mobile, text, purpose,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), notAfter);
        em.persist(message);
        // observed after commit (TransactionPhase.AFTER_SUCCESS): the worker is woken only if the row exists
        queued.fire(new SmsQueued(message.getId()));
        return message;
    }
}
