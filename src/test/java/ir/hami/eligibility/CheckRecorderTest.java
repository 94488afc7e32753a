package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit rows' group commit, on an in-memory database with one connection per thread as in the portal. */
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

    @Test
    void everyCheckOfManyThreadsIsStoredOnceWithItsOwnIdBeforeItReturns() throws Exception {
        CheckRecorder recorder = new CheckRecorder();
        int threads = 12;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(URL)) {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        int n = thread * each + i;
                        recorder.record(c, check(n));
                        // stored before record returned: visible to another connection at once
                        try (Statement s = c.createStatement();
                             ResultSet rs = s.executeQuery("select count(*) from eligibility_check where "
                                     + "national_id = '" + String.format("%010d", n) + "'")) {
                            rs.next();
                            assertEquals(1, rs.getInt(1));
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
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
            assertTrue(rs.getLong(1) >= 5000 + threads * each, "the block was reserved in id_sequence");
        }
    }

    @Test
    void aFailedInsertFailsTheCheckAndTheNextOneIsStored() throws Exception {
        CheckRecorder recorder = new CheckRecorder();
        try (Connection c = DriverManager.getConnection(URL)) {
            recorder.record(c, check(1));
            try (Statement s = setup.createStatement()) {
                s.execute("alter table eligibility_check rename to eligibility_check_away");
            }
            assertThrows(SQLException.class, () -> recorder.record(c, check(2)));
            try (Statement s = setup.createStatement()) {
                s.execute("alter table eligibility_check_away rename to eligibility_check");
            }
            recorder.record(c, check(3));
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
}
