package ir.hami.notification;

import java.io.IOException;

/**
 * Delivers one SMS. The default keeps messages in the outbox table only ({@link OutboxSmsGateway}); production
 * configures {@link HttpSmsGateway}. Every message is a row of the outbox first ({@link SmsSender}); the {@link OutboxWorker} calls the gateway after
 * commit, outside any transaction. A gateway throws {@link SmsRejectedException} when the provider refuses the message
 * for good, any other {@link IOException} when it fails for now.
 */
public interface SmsGateway {

    /** @return the provider's reference for the message */
    String deliver(String mobile, String text) throws IOException;

    /**
     * Delivers the outbox message {@code messageId}; a gateway whose provider accepts an idempotency key passes one
     * made from the id, so that a message sent again after a timeout (the provider may have taken it) is not
     * delivered twice.
     */
    default String deliver(long messageId, String mobile, String text) throws IOException {
        return deliver(mobile, text);
    }
}
