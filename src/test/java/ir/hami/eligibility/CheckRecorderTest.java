package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit rows' group commit by the writer thread, on an in-memory database. */
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

    @AfterEach
    void drop() throws SQLException {
        try (Statement s = setup.createStatement()) {
            s.execute("drop all objects");
        }
        setup.close();
    }

    private static EligibilityCheck check(int i) {
        return new EligibilityCheck(7, "api:test", Channel.API, String.format("%010d", i),
                Instant.parse("2026-11-30T08:00:00Z"), i % 2 == 0, "answer " + i);
    }

    /** The writer's connections: a new one per batch, as the pool would hand out. */
    private static CheckRecorder recorder() {
        return new CheckRecorder(() -> DriverManager.getConnection(URL), Thread::new);
    }

    @Test
    void everyCheckOfManyThreadsIsStoredOnceWithItsOwnIdBeforeItsFutureCompletes() throws Exception {
        int threads = 12;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (CheckRecorder recorder = recorder()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(URL)) {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            int n = thread * each + i;
                            recorder.record(check(n)).get(10, TimeUnit.SECONDS);
                            // stored before the future completed: visible to another connection at once
                            assertEquals(1, count(c, String.format("%010d", n)));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
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
            assertTrue(rs.getLong(1) >= 5000 + threads * each, "the block was reserved in id_sequence");
        }
    }

    @Test
    void rowsThatQueueWhileTheWriterWaitsGoInOneInsert() throws Exception {
        CountDownLatch firstBatchOpened = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> batches = new ArrayList<>();
        try (CheckRecorder recorder = new CheckRecorder(() -> {
            Connection c = DriverManager.getConnection(URL);
            synchronized (batches) {
                batches.add(batches.size());
            }
            firstBatchOpened.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return c;
        }, Thread::new)) {
            CompletableFuture<Void> first = recorder.record(check(1));
            assertTrue(firstBatchOpened.await(10, TimeUnit.SECONDS));
            // the writer is busy with the first row (a slow disk); these wait, and do not hold the callers
            List<CompletableFuture<Void>> more = new ArrayList<>();
            for (int i = 2; i <= 20; i++) {
                more.add(recorder.record(check(i)));
            }
            assertFalse(first.isDone());
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            CompletableFuture.allOf(more.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        }
        assertEquals(2, batches.size(), "the 19 rows queued meanwhile shared the second batch's connection");
        try (Statement s = setup.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from eligibility_check")) {
            rs.next();
            assertEquals(20, rs.getInt(1));
        }
    }

    @Test
    void aFailedInsertFailsTheCheckAndTheNextOneIsStored() throws Exception {
        try (CheckRecorder recorder = recorder()) {
            recorder.record(check(1)).get(10, TimeUnit.SECONDS);
            try (Statement s = setup.createStatement()) {
                s.execute("alter table eligibility_check rename to eligibility_check_away");
            }
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> recorder.record(check(2)).get(10, TimeUnit.SECONDS));
            assertInstanceOf(SQLException.class, failed.getCause());
            try (Statement s = setup.createStatement()) {
                s.execute("alter table eligibility_check_away rename to eligibility_check");
            }
            recorder.record(check(3)).get(10, TimeUnit.SECONDS);
        }
        try (Statement s = setup.createStatement();
             ResultSet rs = s.executeQuery("select national_id from eligibility_check order by id")) {
            List<String> stored = new ArrayList<>();
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
            assertEquals(List.of("0000000001", "0000000003"), stored);
        }
    }

    @Test
    void anErrorInOneBatchFailsItsChecksAndTheWriterGoesOn() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        try (CheckRecorder recorder = new CheckRecorder(() -> {
            if (opened.incrementAndGet() == 1) {
                throw new LinkageError("a driver class could not be loaded");
            }
            return DriverManager.getConnection(URL);
        }, Thread::new)) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> recorder.record(check(1)).get(10, TimeUnit.SECONDS));
            assertInstanceOf(SQLException.class, failed.getCause());
            recorder.record(check(2)).get(10, TimeUnit.SECONDS);
        }
        assertEquals(1, count(setup, null));
    }

    @Test
    void closingStoresWhatIsQueuedAndLaterChecksFail() throws Exception {
        CheckRecorder recorder = recorder();
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            queued.add(recorder.record(check(i)));
        }
        recorder.close();
        for (CompletableFuture<Void> f : queued) {
            assertTrue(f.isDone() && !f.isCompletedExceptionally(), "a row queued before close is stored");
        }
        assertEquals(30, count(setup, null));
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> recorder.record(check(31)).get(10, TimeUnit.SECONDS));
        assertInstanceOf(SQLException.class, refused.getCause());
    }

    private static int count(Connection c, String nationalId) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from eligibility_check"
                     + (nationalId == null ? "" : " where national_id = '" + nationalId + "'"))) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
