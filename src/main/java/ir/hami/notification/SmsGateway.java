package ir.hami.notification;

import java.io.IOException;

/**
 * Delivers one SMS. The default keeps messages in the outbox table only ({@link OutboxSmsGateway}); production
 * configures {@link HttpSmsGateway}. Every message is recorded in the outbox either way ({@link SmsSender}).
 */
public interface SmsGateway {

    /** @return the provider's reference for the message */
    String deliver(String mobile, String text) throws IOException;
}
