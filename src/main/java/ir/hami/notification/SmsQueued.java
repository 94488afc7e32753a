package ir.hami.notification;

/**
 * Fired when an SMS is written to the outbox; the {@link OutboxWorker} observes it after the transaction commits
 * (and never for one that rolled back), so the message leaves within moments instead of at the next poll.
 */
public record SmsQueued(long messageId) {
}
