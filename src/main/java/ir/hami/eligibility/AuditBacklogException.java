package ir.hami.eligibility;

/**
 * A check could not be recorded because the audit rows waiting to be stored fill their queue (the database has not
 * taken any for a while) or the portal is stopping. The check is not answered: the API answers 503 with Retry-After,
 * the centres' panel asks to try again shortly.
 */
public final class AuditBacklogException extends RuntimeException {

    AuditBacklogException(boolean stopping) {
        super(stopping ? "The eligibility audit writer is stopping" : "The eligibility audit queue is full");
    }
}
