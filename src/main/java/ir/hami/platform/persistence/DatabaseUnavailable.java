package ir.hami.platform.persistence;

import jakarta.ejb.EJBException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.transaction.xa.XAException;

/**
 * Tells whether a failure means "the database cannot be reached at the moment" (stopped, restarting, the network
 * to it lost, the pool unable to open a connection), as opposed to a refusal of the data or a programming error.
 * Pages answer the first with a Persian "try again" page and APIs with a 503 problem and {@code Retry-After}; it is
 * never the request's fault, and the same request will succeed once the database is back (the pool opens new
 * connections by itself).
 *
 * <p>It walks the whole cause chain (and an EJB exception's {@code causedByException}, an SQL exception's next
 * exception), since the database's refusal reaches the web layer wrapped by JPA ({@code PersistenceException},
 * EclipseLink's {@code DatabaseException}), the EJB container, the JTA transaction and Faces. A cause counts when it
 * is:
 * <ul>
 * <li>an {@link SQLException} of the connection classes: {@link SQLTransientConnectionException},
 * {@link SQLNonTransientConnectionException}, {@link SQLRecoverableException} (Connector/J's
 * {@code CommunicationsException}), or any SQL state of class {@code 08} (connection exception);</li>
 * <li>a refused or reset socket ({@link ConnectException}, {@link SocketException});</li>
 * <li>the application server's pool failing to hand out a connection (its {@code ResourceException},
 * {@code PoolingException} or {@code ResourceAllocationException}; Payara's message "Error in allocating a
 * connection");</li>
 * <li>the commit of a JTA transaction failing because its connection was lost (an {@code XAException} of
 * {@code XAER_RMFAIL} or {@code XA_RBCOMMFAIL}, or one that carries Connector/J's "Communications link failure" or
 * the pool's "physical connection is not usable" only as text). Whether such a commit took effect is not known:
 * the APIs' creates are idempotent, so the client's retry with the same key is safe either way.</li>
 * </ul>
 * A constraint violation, an optimistic lock or a deadlock (SQL states 23, 40) is not unavailability.
 */
public final class DatabaseUnavailable {

    /** Retry-After of the pages' and APIs' 503 while the database is unreachable: a restart takes seconds. */
    public static final long RETRY_AFTER_SECONDS = 10;

    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    /** Whether {@code thrown} or any of its causes says the database cannot be reached. */
    public static boolean causedBy(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return search(thrown, seen, 0);
    }

    private static boolean search(Throwable t, Map<Throwable, Boolean> seen, int depth) {
        if (t == null || depth > MAX_DEPTH || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (matches(t)) {
            return true;
        }
        if (t instanceof EJBException ejb && search(ejb.getCausedByException(), seen, depth + 1)) {
            return true;
        }
        if (t instanceof SQLException sql && search(sql.getNextException(), seen, depth + 1)) {
            return true;
        }
        return search(t.getCause(), seen, depth + 1);
    }

    private static boolean matches(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof ConnectException
                || t instanceof SocketException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith("08")) {
                return true;
            }
        }
        if (t instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL
                || xa.errorCode == XAException.XA_RBCOMMFAIL)) {
            return true;
        }
        String name = t.getClass().getSimpleName();
        if (name.equals("ResourceException") || name.equals("PoolingException")
                || name.equals("ResourceAllocationException") || name.equals("LocalTransactionException")
                || name.endsWith("CommunicationsException")) {
            return true;
        }
        // the transaction manager keeps only the text of the resource's failure (an XAException without a cause)
        String message = t.getMessage();
        return message != null && (message.startsWith("Error in allocating a connection")
                || message.contains("Communications link failure")
                || message.contains("physical connection is not usable"));
    }
}
