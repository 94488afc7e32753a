package ir.hami.eligibility;

import ir.hami.platform.persistence.IdSequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the audit rows of eligibility checks with group commit, on a writer thread of its own. A check hands its
 * row over and gets a future that completes only once the row is stored (committed), or fails if it could not be:
 * the answer is given after that, never without its row. The writer takes every row queued so far and stores them
 * in one multi-row insert; while it waits for the database's commit (a log flush to disk), new rows queue up and go
 * in the next insert. So under load the database's work per check falls, and, because the checking thread is not
 * the one waiting for the disk, a slow flush delays the answers waiting on it without stopping the threads that
 * read the next checks (with request threads waiting for the disk themselves, a flush of 50 ms stopped every
 * request thread and left a queue that took the spare CPU twice as long again to clear).
 *
 * <p>Inserts have {@value #MAX_ROWS} rows at most, in sizes that are powers of two so that the pool's statement
 * cache holds every text. Ids come from a block of {@value #ID_BLOCK} reserved in {@code id_sequence} (the table
 * JPA uses). A failed insert fails every check in it; the next batch is tried afresh.
 */
final class CheckRecorder implements AutoCloseable {

    static final int MAX_ROWS = 64;
    static final int ID_BLOCK = 1000;

    private static final Logger LOG = Logger.getLogger(CheckRecorder.class.getName());
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

    /** One queued row and what becomes of it. */
    private record Pending(EligibilityCheck check, CompletableFuture<Void> stored) {
    }

    /** Tells the writer to stop once the rows queued before it are stored. */
    private static final Pending STOP = new Pending(null, null);

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final EligibilityLookup.Connections connections;
    private final Thread writer;
    private volatile boolean closed;
    private long nextId;
    private long endId;

    /**
     * @param connections where the writer takes a connection (in autocommit) for each batch
     * @param threads     makes the writer thread (in the portal the container's managed thread factory)
     */
    CheckRecorder(EligibilityLookup.Connections connections, ThreadFactory threads) {
        this.connections = connections;
        this.writer = threads.newThread(this::run);
        writer.setName("eligibility-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues the row; the future completes when it is stored, or exceptionally with an {@link SQLException} when it
     * could not be (or the recorder is closed).
     */
    CompletableFuture<Void> record(EligibilityCheck check) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if (closed) {
            stored.completeExceptionally(new SQLException("The eligibility audit writer is stopped"));
            return stored;
        }
        queue.add(new Pending(check, stored));
        return stored;
    }

    /** Stores what is queued, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending p; (p = queue.poll()) != null; ) {
            if (p != STOP) {
                p.stored().completeExceptionally(new SQLException("The eligibility audit writer is stopped"));
            }
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean stop = false;
        try {
            while (!stop) {
                try {
                    batch.add(queue.take());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                queue.drainTo(batch);
                stop = batch.remove(STOP);
                if (!batch.isEmpty()) {
                    write(batch);
                }
                batch.clear();
            }
        } finally {
            // stopped (or interrupted by the container): nothing queued may wait for ever
            closed = true;
            batch.addAll(queue);
            queue.clear();
            for (Pending p : batch) {
                if (p != STOP) {
                    p.stored().completeExceptionally(new SQLException("The eligibility audit writer is stopped"));
                }
            }
        }
    }

    /** Writes the batch in inserts of at most {@value #MAX_ROWS} rows, each committed (autocommit) on its own. */
    private void write(List<Pending> batch) {
        int from = 0;
        try (Connection c = connections.open()) {
            while (from < batch.size()) {
                int size = Integer.highestOneBit(Math.min(MAX_ROWS, batch.size() - from));
                List<Pending> rows = batch.subList(from, from + size);
                insert(c, rows);
                for (Pending p : rows) {
                    p.stored().complete(null);
                }
                from += size;
            }
        } catch (SQLException | RuntimeException | Error e) {
            // the writer goes on with the next batch whatever happened to this one
            LOG.log(Level.WARNING, "Eligibility audit rows could not be written; their checks fail", e);
            SQLException failure = e instanceof SQLException sql ? sql
                    : new SQLException("The audit rows could not be written", e);
            for (Pending p : batch.subList(from, batch.size())) {
                p.stored().completeExceptionally(failure);
            }
        }
    }

    private void insert(Connection c, List<Pending> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERTS[Integer.numberOfTrailingZeros(rows.size())])) {
            int i = 0;
            for (Pending p : rows) {
                EligibilityCheck check = p.check();
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

    /** On the writer thread; reserving a block commits on {@code c}, which has no pending work (autocommit). */
    private long nextId(Connection c) throws SQLException {
        if (nextId >= endId) {
            nextId = IdSequence.reserve(c, "eligibility_check", ID_BLOCK);
            endId = nextId + ID_BLOCK;
        }
        return nextId++;
    }
}
