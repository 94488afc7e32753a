package ir.hami.notification;

import java.util.logging.Logger;

/** Sends nothing: the message stays in the outbox table and is logged (development, demo, tests). */
public class OutboxSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(OutboxSmsGateway.class.getName());

    @Override
    public String deliver(String mobile, String text) {
        LOG.info(() -> "SMS (outbox only) to " + mobile + ": " + text);
        return null;
    }
}
