package ir.hami.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionFailureWrappedByJpaAndEjbCounts() {
        SQLException lost = new SQLException("Communications link failure", "08S01");
        assertTrue(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(lost))));
        assertTrue(DatabaseUnavailable.causedBy(new EJBException(new IllegalStateException(
                new SQLTransientConnectionException("pool timed out")))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLRecoverableException("reset"))));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("Eligibility check failed",
                new SQLException("x", (String) null, 0, new ConnectException("Connection refused")))));
    }

    @Test
    void thePoolsRefusalToAllocateCounts() {
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))));
        EJBException ejb = new EJBException(new Exception(new ResourceException("down")));
        assertTrue(DatabaseUnavailable.causedBy(ejb));
    }

    @Test
    void aCommitCutOffByTheOutageCounts() {
        // as Payara's transaction manager reports it: the resource's failure only as the XAException's text
        var xa = new javax.transaction.xa.XAException("jakarta.resource.spi.LocalTransactionException: "
                + "Communications link failure");
        assertTrue(DatabaseUnavailable.causedBy(new EJBException(new RuntimeException(xa))));
        assertTrue(DatabaseUnavailable.causedBy(new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XAER_RMFAIL)));
        assertFalse(DatabaseUnavailable.causedBy(new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XA_RBDEADLOCK)));
    }

    @Test
    void aRefusalOfTheDataDoesNotCount() {
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23000"))));
        assertFalse(DatabaseUnavailable.causedBy(new OptimisticLockException("changed")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("deadlock", "40001")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("bug")));
        assertFalse(DatabaseUnavailable.causedBy(null));
    }

    @Test
    void aCycleInTheCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseUnavailable.causedBy(a));
    }

    /** Named like the connector API's, as the pool throws it. */
    static final class ResourceException extends Exception {
        ResourceException(String message) {
            super(message);
        }
    }
}
