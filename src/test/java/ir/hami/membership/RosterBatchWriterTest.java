package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.persistence.IdSequence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roster's batch writer on an in-memory H2 database with the real schema. */
class RosterBatchWriterTest {

    static final LocalDate START = LocalDate.of(2026, 3, 21);
    static final LocalDate END = LocalDate.of(2027, 3, 20);
    static int databases;

    Connection connection;
    Connection ids;
    RosterBatchWriter writer;

    @BeforeEach
    void database() throws SQLException {
        String url = "jdbc:h2:mem:roster-writer-" + (++databases) + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        ids = DriverManager.getConnection(url, "sa", "");
        try (Statement sql = connection.createStatement()) {
            sql.execute("insert into insurer (id, code, name, version) values (1, 'I', 'بیمه', 0)");
            sql.execute("insert into policyholder (id, name, version) values (1, 'شرکت', 0)");
            sql.execute("insert into insurance_contract (id, contract_number, insurer_id, policyholder_id, "
                    + "membership_type, start_date, end_date, login_policy, version) values "
                    + "(1, 'C-1', 1, 1, 'GROUP', '2026-03-21', '2027-03-20', 'STANDARD', 0)");
            sql.execute("insert into insurance_contract (id, contract_number, insurer_id, policyholder_id, "
                    + "membership_type, start_date, end_date, login_policy, version) values "
                    + "(2, 'C-2', 1, 1, 'GROUP', '2026-03-21', '2027-03-20', 'STANDARD', 0)");
        }
        connection.setAutoCommit(false);
        writer = writer(1);
    }

    RosterBatchWriter writer(long contract) {
        return new RosterBatchWriter(connection, (sequence, count) -> IdSequence.reserve(ids, sequence, count),
                contract);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        ids.close();
    }

    static RosterEntry main(int line, String nationalId, String code, String lastName, String mobile) {
        return new RosterEntry(line, nationalId, code, "علی", lastName, null, Gender.MALE, null, null, Relation.SELF,
                nationalId, mobile, null, START, END);
    }

    static RosterEntry child(int line, String nationalId, String code, String main) {
        return new RosterEntry(line, nationalId, code, "سارا", "رضایی", null, Gender.FEMALE, LocalDate.of(2010, 1, 2),
                null, Relation.CHILD, main, null, null, START, END);
    }

    long value(String sql, Object... args) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void manyRowsAreInsertedInChunksAndAnUnchangedSecondImportWritesNothing() throws SQLException {
        List<RosterEntry> mains = new ArrayList<>();
        for (int i = 0; i < 203; i++) {
            mains.add(main(i + 2, RosterFiles.nationalId(200_000_000L + i), "M-" + i, "رضایی", "0912000" + (1000 + i)));
        }
        RosterBatchWriter.Outcome first = writer.store(mains, e -> null);
        assertEquals(Map.of(), first.refused());
        assertEquals(203, first.inserted());
        assertEquals(203, value("select count(*) from person"));
        assertEquals(203, value("select count(*) from coverage where contract_id = 1 and person_id = main_person_id "
                + "and relation = 'SELF' and start_date = ? and end_date = ?", START, END));
        assertTrue(value("select next_val from id_sequence where seq_name = 'person'")
                >= value("select max(id) from person"), "ids come from id_sequence");

        RosterBatchWriter.Outcome again = writer.store(mains, e -> null);
        assertEquals(0, again.inserted());
        assertEquals(203, again.updated(), "every row counts as updated");
        assertEquals(0, value("select count(*) from person where version <> 0"), "nothing changed, nothing written");
        assertEquals(0, value("select count(*) from coverage where version <> 0"));
    }

    @Test
    void aChangedRowIsUpdatedWithItsVersionAndAnEmptyCellKeepsTheStoredValue() throws SQLException {
        String id = RosterFiles.nationalId(300_000_001L);
        writer.store(List.of(main(2, id, "A-1", "رضایی", "09121234567")), e -> null);

        RosterBatchWriter.Outcome outcome = writer.store(List.of(main(2, id, "A-2", "کریمی", null)), e -> null);

        assertEquals(1, outcome.updated());
        assertEquals(1, value("select version from person where national_id = ?", id));
        assertEquals(1, value("select count(*) from person where last_name = 'کریمی' and mobile = '09121234567'"));
        assertEquals(1, value("select count(*) from coverage where member_code = 'A-2' and version = 1"));
    }

    @Test
    void aPersonCoveredUnderAnotherContractGetsACoverageHereAndStaysOnePerson() throws SQLException {
        String id = RosterFiles.nationalId(300_000_002L);
        writer(2).store(List.of(main(2, id, "X-1", "رضایی", null)), e -> null);

        RosterBatchWriter.Outcome outcome = writer.store(List.of(main(2, id, "A-1", "رضایی", null)), e -> null);

        assertEquals(1, outcome.inserted());
        assertEquals(1, value("select count(*) from person where national_id = ?", id));
        assertEquals(2, value("select count(*) from coverage"));
    }

    @Test
    void dependentsNeedTheirMainMemberCoveredAndMemberCodesStayWithTheirOwner() throws SQLException {
        String main = RosterFiles.nationalId(300_000_003L);
        String other = RosterFiles.nationalId(300_000_004L);
        writer.store(List.of(main(2, main, "F-1", "رضایی", null)), e -> null);

        String child = RosterFiles.nationalId(300_000_005L);
        String orphan = RosterFiles.nationalId(300_000_006L);
        String thief = RosterFiles.nationalId(300_000_007L);
        RosterBatchWriter.Outcome outcome = writer.store(List.of(child(3, child, "F-2", main),
                child(4, orphan, "F-3", other), child(5, thief, "F-1", main)),
                e -> RosterScan.MainInFile.ABSENT);

        assertEquals(1, outcome.inserted());
        assertEquals(List.of(new RosterProblem(RosterReason.MAIN_NOT_FOUND, other)), outcome.refused().get(4));
        assertEquals(List.of(new RosterProblem(RosterReason.MEMBER_CODE_TAKEN, main)), outcome.refused().get(5));
        assertEquals(value("select id from person where national_id = ?", main),
                value("select c.main_person_id from coverage c join person p on p.id = c.person_id "
                        + "where p.national_id = ?", child));
        assertEquals(1, value("select count(*) from person where national_id = ? and birth_date = ?", child,
                LocalDate.of(2010, 1, 2)));
    }
}
