package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit writer, on an in-memory database: many rows to a commit, checks that do not wait for it, a bounded
 * queue, a database that fails for a while, a row the database refuses, and a close that stores what is queued.
 */
class CheckRecorderTest {

    private static final String URL = "jdbc:h2:mem:recorder;DB_CLOSE_DELAY=-1";
    private Connection setup;

    @BeforeEach
    void schema() throws SQLException {
        setup = DriverManager.getConnection(URL);
        try (Statement s = setup.createStatement()) {
            s.execute("create table id_sequence (seq_name varchar(60) not null primary key, next_val bigint not null)");
            s.execute("insert into id_sequence values ('eligibility_check', 5000)");
            s.execute("create table eligibility_check (id bigint not null primary key, center_id bigint not null, "
                    + "actor varchar(80) not null, channel varchar(10) not null, national_id varchar(10) not null, "
                    + "checked_at timestamp not null, covered boolean not null, answer varchar(300) not null)");
        }
    }

    /** Connections for the writer; while the gate is shut, the writer waits for one (a database that hangs). */
    private final Semaphore gate = new Semaphore(Integer.MAX_VALUE);
    private final List<CheckRecorder> recorders = new ArrayList<>();
    private final List<LogRecord> severe = new ArrayList<>();
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler logged = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel() == Level.SEVERE) {
                severe.add(record);
            } else if (record.getLevel() == Level.WARNING) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CheckRecorder recorder(int capacity, Duration closeWait) {
        CheckRecorder r = new CheckRecorder(() -> {
            gate.acquireUninterruptibly();
            gate.release();
            return DriverManager.getConnection(URL);
        }, Thread::new, capacity, closeWait);
        recorders.add(r);
        return r;
    }

    private void shut() {
        gate.acquireUninterruptibly(Integer.MAX_VALUE);
    }

    private void open() {
        gate.release(Integer.MAX_VALUE);
    }

    @BeforeEach
    void listen() {
        Logger.getLogger(CheckRecorder.class.getName()).addHandler(logged);
    }

    @AfterEach
    void drop() throws SQLException {
        Logger.getLogger(CheckRecorder.class.getName()).removeHandler(logged);
        if (gate.availablePermits() == 0) {
            open();
        }
        recorders.forEach(CheckRecorder::close);
        try (Statement s = setup.createStatement()) {
            s.execute("drop all objects");
        }
        setup.close();
    }

    private static EligibilityCheck check(int i) {
        return new EligibilityCheck(7, "api:test", Channel.API, String.format("%010d", i),
                Instant.parse("2026-11-30T08:00:00Z"), i % 2 == 0, "answer " + i);
    }

    private List<String> stored() throws SQLException {
        try (Statement s = setup.createStatement();
             ResultSet rs = s.executeQuery("select national_id from eligibility_check order by id")) {
            List<String> stored = new ArrayList<>();
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
            return stored;
        }
    }

    private static void await(CompletableFuture<Void> recorded) throws Exception {
        recorded.get(10, TimeUnit.SECONDS);
    }

    private void waitUntilTaken(CheckRecorder recorder) throws InterruptedException {
        for (int i = 0; i < 500 && recorder.backlog() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, recorder.backlog(), "the writer took the queued rows");
    }

    @Test
    void everyCheckOfManyThreadsIsStoredOnceWithItsOwnId() throws Exception {
        CheckRecorder recorder = recorder(10_000, Duration.ofSeconds(5));
        int threads = 12;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<CompletableFuture<Void>>>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                List<CompletableFuture<Void>> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(recorder.record(check(thread * each + i)));
                }
                return mine;
            }));
        }
        start.countDown();
        for (Future<List<CompletableFuture<Void>>> f : done) {
            for (CompletableFuture<Void> recorded : f.get()) {
                await(recorded);
            }
        }
        pool.shutdown();
        try (Statement s = setup.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(distinct id), count(distinct national_id), "
                     + "min(id), sum(case when covered then 1 else 0 end) from eligibility_check")) {
            rs.next();
            assertEquals(threads * each, rs.getInt(1));
            assertEquals(threads * each, rs.getInt(2), "ids are unique");
            assertEquals(threads * each, rs.getInt(3));
            assertTrue(rs.getLong(4) > 5000, "ids come after the sequence's value");
            assertEquals(threads * each / 2, rs.getInt(5));
        }
        try (Statement s = setup.createStatement();
             ResultSet rs = s.executeQuery("select next_val from id_sequence")) {
            rs.next();
            assertTrue(rs.getLong(1) >= 5000 + threads * each, "the ids were reserved in id_sequence");
        }
    }

    @Test
    void aCheckGoesOnBeforeItsRowIsStoredAndTheRowFollows() throws Exception {
        CheckRecorder recorder = recorder(100, Duration.ofSeconds(5));
        shut();
        CompletableFuture<Void> recorded = recorder.record(check(1));
        Thread.sleep(200);
        assertFalse(recorded.isDone(), "the writer is still waiting for a connection");
        assertEquals(List.of(), stored());
        open();
        await(recorded);
        assertEquals(List.of("0000000001"), stored());
    }

    @Test
    void aFullQueueRefusesTheCheckAndWhatWasQueuedIsStored() throws Exception {
        CheckRecorder recorder = recorder(2, Duration.ofSeconds(5));
        shut();
        CompletableFuture<Void> first = recorder.record(check(1));
        waitUntilTaken(recorder);
        CompletableFuture<Void> second = recorder.record(check(2));
        CompletableFuture<Void> third = recorder.record(check(3));
        assertThrows(AuditBacklogException.class, () -> recorder.record(check(4)));
        open();
        await(first);
        await(second);
        await(third);
        assertEquals(List.of("0000000001", "0000000002", "0000000003"), stored());
    }

    @Test
    void rowsTheDatabaseCannotTakeForAWhileAreTriedAgainInOrderAndStoredOnce() throws Exception {
        CheckRecorder recorder = recorder(100, Duration.ofSeconds(5));
        await(recorder.record(check(1)));
        try (Statement s = setup.createStatement()) {
            s.execute("alter table eligibility_check rename to eligibility_check_away");
        }
        CompletableFuture<Void> second = recorder.record(check(2));
        CompletableFuture<Void> third = recorder.record(check(3));
        Thread.sleep(400);
        assertFalse(second.isDone(), "not stored, not given up: tried again");
        try (Statement s = setup.createStatement()) {
            s.execute("alter table eligibility_check_away rename to eligibility_check");
        }
        await(second);
        await(third);
        await(recorder.record(check(4)));
        assertEquals(List.of("0000000001", "0000000002", "0000000003", "0000000004"), stored());
        assertEquals(List.of(), severe);
        List<LogRecord> retries;
        synchronized (logged) {
            retries = List.copyOf(warnings);
        }
        assertTrue(retries.size() >= 2, "each try logged: " + retries.size());
        assertNotNull(retries.get(0).getThrown(), "the first failure of the outage with its stack trace");
        assertTrue(retries.stream().skip(1).allMatch(r -> r.getThrown() == null
                && r.getMessage().contains("tried again") && r.getMessage().contains("SQL")),
                "the retries after it in one line each");
    }

    @Test
    void aRowTheDatabaseRefusesIsLoggedAndFailsAloneWhileItsBatchIsStored() throws Exception {
        CheckRecorder recorder = recorder(100, Duration.ofSeconds(5));
        shut();
        CompletableFuture<Void> first = recorder.record(check(1));
        CompletableFuture<Void> refused = recorder.record(new EligibilityCheck(7, "x".repeat(81), Channel.API,
                "0000000002", Instant.parse("2026-11-30T08:00:00Z"), true, "too long an actor"));
        CompletableFuture<Void> third = recorder.record(check(3));
        open();
        await(first);
        await(third);
        failsWith(refused, SQLException.class);
        assertEquals(List.of("0000000001", "0000000003"), stored());
        assertEquals(1, severe.size());
        assertTrue(severe.get(0).getMessage().contains("national ID 0000000002"), severe.get(0).getMessage());
        assertTrue(severe.get(0).getMessage().contains("too long an actor"), severe.get(0).getMessage());
    }

    @Test
    void closeStoresWhatIsQueuedAndLaterChecksAreRefused() throws Exception {
        CheckRecorder recorder = recorder(1000, Duration.ofSeconds(5));
        shut();
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            queued.add(recorder.record(check(i)));
        }
        open();
        recorder.close();
        for (CompletableFuture<Void> recorded : queued) {
            assertTrue(recorded.isDone() && !recorded.isCompletedExceptionally());
        }
        assertEquals(300, stored().size());
        assertThrows(AuditBacklogException.class, () -> recorder.record(check(1000)));
    }

    @Test
    void closeWaitsAtMostItsTimeThenLogsWhatTheDatabaseDidNotTake() throws Exception {
        CheckRecorder recorder = recorder(100, Duration.ofMillis(300));
        try (Statement s = setup.createStatement()) {
            s.execute("alter table eligibility_check rename to eligibility_check_away");
        }
        CompletableFuture<Void> lost = recorder.record(check(5));
        long start = System.nanoTime();
        recorder.close();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "close waited about its time");
        failsWith(lost, SQLException.class);
        assertEquals(1, severe.size());
        assertTrue(severe.get(0).getMessage().contains("national ID 0000000005"), severe.get(0).getMessage());
        try (Statement s = setup.createStatement()) {
            s.execute("alter table eligibility_check_away rename to eligibility_check");
        }
    }

    @Test
    void onlyDataAndConstraintErrorsCountAsRefusedRows() {
        assertTrue(CheckRecorder.refusedForData(new SQLException("too long", "22001")));
        assertTrue(CheckRecorder.refusedForData(new SQLException("duplicate", "23000")));
        assertFalse(CheckRecorder.refusedForData(new SQLException("connection lost", "08S01")));
        assertFalse(CheckRecorder.refusedForData(new SQLException("no table", "42S02")));
        assertFalse(CheckRecorder.refusedForData(new SQLException("no state")));
    }

    /** The future failed, with a cause of the given type. */
    private static void failsWith(CompletableFuture<Void> f, Class<? extends Throwable> cause) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(cause.isInstance(e.getCause()), String.valueOf(e.getCause()));
    }
}
