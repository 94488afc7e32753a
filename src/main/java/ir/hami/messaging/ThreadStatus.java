package ir.hami.messaging;

/** Where a message thread stands: waiting for staff, answered by staff, or closed (no more posts). */
public enum ThreadStatus {
    OPEN, ANSWERED, CLOSED
}
