package ir.hami.eligibility;

import ir.hami.platform.persistence.IdSequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes the audit rows of eligibility checks with group commit: the answer of a check is returned only after its
 * row is stored, but rows of checks that arrive together share one multi-row insert. A check enqueues its row and
 * takes the lock; the thread that holds it writes every row queued so far (its own and its neighbours'), and a
 * thread that finds its row already written when it gets the lock returns at once. With one check at a time this is
 * one insert per check; under load the rows of many checks go in one statement, so the database's work per check
 * falls as the load rises. Inserts have {@value #MAX_ROWS} rows at most, in sizes that are powers of two so that
 * the pool's statement cache holds every text.
 *
 * <p>Ids come from a block of {@value #ID_BLOCK} reserved in {@code id_sequence} (the table JPA uses). A failed
 * insert fails every check in it: no answer is given without its audit row.
 */
final class CheckRecorder {

    static final int MAX_ROWS = 64;
    static final int ID_BLOCK = 1000;

    private static final String[] INSERTS = new String[Integer.numberOfTrailingZeros(MAX_ROWS) + 1];

    static {
        for (int i = 0; i < INSERTS.length; i++) {
            StringBuilder sql = new StringBuilder(EligibilityQueries.RECORD_CHECK_HEAD);
            for (int row = 0; row < 1 << i; row++) {
                sql.append(row == 0 ? "" : ",").append(EligibilityQueries.RECORD_CHECK_ROW);
            }
            INSERTS[i] = sql.toString();
        }
    }

    /** One queued row and what became of it. */
    private static final class Pending {
        final EligibilityCheck check;
        volatile boolean done;
        volatile SQLException failure;

        Pending(EligibilityCheck check) {
            this.check = check;
        }
    }

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private long nextId;
    private long endId;

    /**
     * Stores the row, alone or with others, before returning.
     *
     * @param c a connection in autocommit with no pending work, used if this thread writes the batch
     */
    void record(Connection c, EligibilityCheck check) throws SQLException {
        Pending mine = new Pending(check);
        queue.add(mine);
        lock.lock();
        try {
            if (!mine.done) {
                writeQueued(c);
            }
        } finally {
            lock.unlock();
        }
        if (mine.failure != null) {
            throw new SQLException("The audit row of this check could not be written", mine.failure);
        }
    }

    /** Under the lock: writes everything queued, in inserts of at most {@value #MAX_ROWS} rows. */
    private void writeQueued(Connection c) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        for (Pending p; (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        int from = 0;
        while (from < batch.size()) {
            int size = Integer.highestOneBit(Math.min(MAX_ROWS, batch.size() - from));
            List<Pending> rows = batch.subList(from, from + size);
            try {
                insert(c, rows);
            } catch (SQLException e) {
                for (Pending p : batch.subList(from, batch.size())) {
                    p.failure = e;
                    p.done = true;
                }
                throw e;
            }
            for (Pending p : rows) {
                p.done = true;
            }
            from += size;
        }
    }

    private void insert(Connection c, List<Pending> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERTS[Integer.numberOfTrailingZeros(rows.size())])) {
            int i = 0;
            for (Pending p : rows) {
                EligibilityCheck check = p.check;
                s.setLong(++i, nextId(c));
                s.setLong(++i, check.getCenterId());
                s.setString(++i, check.getActor());
                s.setString(++i, check.getChannel().name());
                s.setString(++i, check.getNationalId());
                s.setTimestamp(++i, Timestamp.from(check.getCheckedAt()));
                s.setBoolean(++i, check.isCovered());
                s.setString(++i, check.getAnswer());
            }
            s.executeUpdate();
        }
    }

    /** Under the lock; reserving a block commits on {@code c}, which has no pending work (autocommit). */
    private long nextId(Connection c) throws SQLException {
        if (nextId >= endId) {
            nextId = IdSequence.reserve(c, "eligibility_check", ID_BLOCK);
            endId = nextId + ID_BLOCK;
        }
        return nextId++;
    }
}
