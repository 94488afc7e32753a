package ir.hami.messaging;

import java.io.Serializable;

/**
 * The answer to a send: the thread and its tracking code.
 *
 * @param repeated the same form had already sent it (a double click or a resubmit): nothing new was stored
 */
public record Sent(long threadId, String trackingCode, boolean repeated) implements Serializable {
}
