package ir.hami.notification;

import java.io.IOException;

/**
 * The provider refused this one message for good (a bad number, a text it will not take): trying it again would
 * fail again, so the outbox marks it FAILED at once and goes on with the next. Any other {@link IOException} of a
 * gateway means the provider is unreachable or failing for now, and the whole queue waits and retries.
 */
public class SmsRejectedException extends IOException {

    private static final long serialVersionUID = 1L;

    public SmsRejectedException(String message) {
        super(message);
    }
}
