package ir.hami.eligibility;

import ir.hami.platform.persistence.ConnectionSource;
import ir.hami.platform.persistence.IdSequence;
import java.sql.Connection;
import java.sql.DataTruncation;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores the audit rows of eligibility checks on a writer thread of its own. A check hands its row over
 * ({@link #record}) and goes on at once; the writer takes every row queued so far and stores them in multi-row
 * inserts, at most one round every {@value #STORE_INTERVAL_MS} ms, so under load one commit (one log flush to disk)
 * carries the rows of many checks, and a slow flush delays only the writer, never the threads that answer. The
 * returned future completes when the row is committed: the centres' panel waits for it, the API does not (its answer
 * is given once the row is queued; the row follows within milliseconds, within a flush's time when the disk is
 * slow).
 *
 * <p>Nothing is dropped quietly:
 * <ul>
 * <li>The queue holds {@code capacity} rows. When it is full (the database has not taken rows for a while),
 * {@link #record} refuses with {@link AuditBacklogException} and the check is not answered.</li>
 * <li>A batch that fails for any other reason than its data (connection lost, lock wait, database down) is tried
 * again, with its rows in the same order, after {@value #FIRST_BACKOFF_MS} ms, doubling up to
 * {@value #MAX_BACKOFF_MS} ms, for as long as it takes.</li>
 * <li>A batch refused for its data (a value the column does not take) is stored row by row; a row refused on its
 * own is written to the server log at SEVERE with every field, and its future fails.</li>
 * <li>{@link #close()} stores what is queued, waiting up to {@code closeWait}; rows still not stored then are written
 * to the server log in the same way. Only a crash of the JVM loses the rows of the last moment (at most what was
 * queued while the database was flushing).</li>
 * </ul>
 *
 * <p>A batch has at most {@value #MAX_BATCH} rows, in inserts of at most {@value #MAX_ROWS} rows whose sizes are
 * powers of two, so that the pool's statement cache holds every text; each insert is one statement in autocommit
 * (one round trip, all or nothing). Ids come from blocks of {@value #ID_BLOCK} reserved in {@code id_sequence} (the
 * table JPA uses).
 */
final class CheckRecorder implements AutoCloseable {

    static final int MAX_ROWS = 64;
    static final int MAX_BATCH = 512;
    static final int ID_BLOCK = 1000;
    static final int FIRST_BACKOFF_MS = 100;
    static final int MAX_BACKOFF_MS = 5000;
    static final int POLL_MS = 100;
    static final int STORE_INTERVAL_MS = 10;

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

    private final BlockingQueue<Pending> queue;
    private final ConnectionSource connections;
    private final Duration closeWait;
    private final Thread writer;
    private volatile boolean closing;
    private long nextId;
    private long endId;

    /**
     * @param connections where the writer takes its connections
     * @param threads     makes the writer thread (in the portal the container's managed thread factory)
     * @param capacity    rows that may wait to be stored
     * @param closeWait   how long {@link #close()} waits for the queued rows to be stored
     */
    CheckRecorder(ConnectionSource connections, ThreadFactory threads, int capacity, Duration closeWait) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.connections = connections;
        this.closeWait = closeWait;
        this.writer = threads.newThread(this::run);
        writer.setName("eligibility-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues the row and returns at once.
     *
     * @return completes when the row is committed; fails if it was refused for its data or the recorder stopped
     *         before it could be stored
     * @throws AuditBacklogException when the queue is full or the recorder is closed: the check must not be answered
     */
    CompletableFuture<Void> record(EligibilityCheck check) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if (closing || !queue.offer(new Pending(check, stored))) {
            throw new AuditBacklogException(closing);
        }
        if (closing && !writer.isAlive()) {
            giveUpQueued(); // queued while close() finished: nobody will store it, so the log keeps it
        }
        return stored;
    }

    /** Rows waiting to be stored. */
    int backlog() {
        return queue.size();
    }

    /** Stores what is queued (waiting up to the close wait), then stops the writer; later checks are refused. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(closeWait.toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        giveUpQueued();
    }

    /** Once the writer has stopped: gives up what is still queued. */
    private void giveUpQueued() {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        giveUp(rest, "the audit writer stopped before storing it");
    }

    /**
     * The writer's loop. It is never interrupted (an interrupt closes the file channels of an embedded database):
     * it polls, and sees {@link #closing} within {@value #POLL_MS} ms.
     */
    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        long deadline = 0;
        int backoff = 0;
        while (true) {
            if (closing && deadline == 0) {
                deadline = System.nanoTime() + closeWait.toNanos();
            }
            if (batch.isEmpty()) {
                if (!take(batch)) {
                    if (closing) {
                        return;
                    }
                    continue;
                }
            } else if (deadline != 0 && System.nanoTime() - deadline > 0) {
                giveUp(batch, "the database did not take it before the audit writer stopped");
                batch.clear();
                continue;
            }
            try {
                long started = System.nanoTime();
                store(batch);
                backoff = 0;
                lingerAfter(started);
            } catch (SQLException | RuntimeException e) {
                boolean first = backoff == 0;
                backoff = first ? FIRST_BACKOFF_MS : Math.min(MAX_BACKOFF_MS, backoff * 2);
                String what = "Eligibility audit rows could not be stored; " + batch.size() + " rows are tried again in "
                        + backoff + " ms (" + backlog() + " more queued)";
                // the stack trace once per outage; each retry after it only says what failed this time
                if (first) {
                    LOG.log(Level.WARNING, what, e);
                } else {
                    LOG.warning(what + ": " + e);
                }
                pause(backoff);
            } catch (Error e) {
                LOG.log(Level.SEVERE, "The eligibility audit writer failed; it goes on with the next rows", e);
                giveUp(batch, "the audit writer failed: " + e);
                batch.clear();
            }
        }
    }

    /**
     * Lets rows gather for the next batch: stores start at most every {@value #STORE_INTERVAL_MS} ms, unless a batch
     * is already waiting or the recorder is closing. So the database commits at most a hundred times a second
     * whatever the rate of checks, and each commit carries more rows.
     */
    private void lingerAfter(long started) {
        long left = started + TimeUnit.MILLISECONDS.toNanos(STORE_INTERVAL_MS) - System.nanoTime();
        if (left > 0 && !closing && queue.size() < MAX_BATCH) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closing = true;
            }
        }
    }

    /** Waits up to {@value #POLL_MS} ms for a row, then takes every row queued (at most a batch). */
    private boolean take(List<Pending> batch) {
        Pending first;
        try {
            first = closing ? queue.poll() : queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
            return false;
        }
        if (first == null) {
            return false;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        return true;
    }

    /** Sleeps in steps of at most {@value #POLL_MS} ms; a close cuts it short after the first. */
    private void pause(int millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(TimeUnit.MILLISECONDS.toNanos(POLL_MS), left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closing = true;
            }
            if (closing) {
                return;
            }
        }
    }

    /**
     * Stores the batch; a batch refused for its data is stored row by row, and a row refused on its own is given
     * up. Each row leaves {@code batch} once it is stored or given up, so that a failure half way
     * (the connection lost) retries only what is left.
     */
    private void store(List<Pending> batch) throws SQLException {
        try (Connection c = connections.open()) {
            try {
                insert(c, batch);
            } catch (SQLException refused) {
                if (!refusedForData(refused)) {
                    throw refused;
                }
                while (!batch.isEmpty()) {
                    List<Pending> one = batch.subList(0, 1);
                    try {
                        insert(c, one);
                    } catch (SQLException e) {
                        if (!refusedForData(e)) {
                            throw e;
                        }
                        giveUp(one, "the database refused it: " + e.getMessage());
                        one.clear();
                    }
                }
            }
        }
    }

    /** SQLSTATE class 22 (data exception: too long, out of range) or 23 (integrity constraint violation). */
    static boolean refusedForData(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLDataException || e instanceof SQLIntegrityConstraintViolationException
                || e instanceof DataTruncation
                || state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    /** Completes the rows' futures and takes them out of the batch. */
    private static void stored(List<Pending> rows) {
        for (Pending p : rows) {
            p.stored().complete(null);
        }
        rows.clear();
    }

    /**
     * Inserts {@code rows} in autocommit, in inserts of at most {@value #MAX_ROWS} rows (each one statement, so one
     * commit and all or nothing); the rows of each insert leave {@code rows} as soon as it is committed.
     */
    private void insert(Connection c, List<Pending> rows) throws SQLException {
        while (!rows.isEmpty()) {
            List<Pending> chunk = rows.subList(0, Integer.highestOneBit(Math.min(MAX_ROWS, rows.size())));
            insert(c, chunk, ids(c, chunk.size()));
            stored(chunk);
        }
    }

    private static void insert(Connection c, List<Pending> rows, long firstId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERTS[Integer.numberOfTrailingZeros(rows.size())])) {
            int i = 0;
            long id = firstId;
            for (Pending p : rows) {
                EligibilityCheck check = p.check();
                s.setLong(++i, id++);
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

    /** {@code count} consecutive unused ids; a block's leftover too short for them is skipped. */
    private long ids(Connection c, int count) throws SQLException {
        if (endId - nextId < count) {
            nextId = IdSequence.reserve(c, "eligibility_check", ID_BLOCK);
            endId = nextId + ID_BLOCK;
        }
        long first = nextId;
        nextId += count;
        return first;
    }

    /** The last resort for rows that cannot be stored: the server log keeps them, and their futures fail. */
    private static void giveUp(List<Pending> rows, String why) {
        for (Pending p : rows) {
            EligibilityCheck c = p.check();
            LOG.log(Level.SEVERE, "Eligibility check not stored (" + why + "): centre " + c.getCenterId()
                    + ", actor " + c.getActor() + ", channel " + c.getChannel() + ", national ID " + c.getNationalId()
                    + ", at " + c.getCheckedAt() + ", covered " + c.isCovered() + ", answer " + c.getAnswer());
            p.stored().completeExceptionally(new SQLException("Eligibility audit row not stored: " + why));
        }
    }
}
