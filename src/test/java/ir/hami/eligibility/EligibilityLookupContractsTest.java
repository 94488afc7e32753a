package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.hami.platform.cluster.LocalGrid;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts kept by the eligibility check: read again on every node once a change is announced on the grid. */
class EligibilityLookupContractsTest {

    private static final String URL = "jdbc:h2:mem:lookupcontracts;DB_CLOSE_DELAY=-1";
    private static final String NATIONAL_ID = "0012345679";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private Connection c;

    @BeforeEach
    void data() throws SQLException {
        c = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("create table id_sequence (seq_name varchar(60) not null primary key, next_val bigint not null)");
            s.execute("insert into id_sequence values ('eligibility_check', 1)");
            s.execute("create table eligibility_check (id bigint not null primary key, center_id bigint not null, "
                    + "actor varchar(80) not null, channel varchar(10) not null, national_id varchar(10) not null, "
                    + "checked_at timestamp not null, covered boolean not null, answer varchar(300) not null)");
            s.execute("create table person (id bigint primary key, first_name varchar(50), last_name varchar(50), "
                    + "birth_date date, national_id varchar(10))");
            s.execute("create table coverage (id bigint primary key, person_id bigint, main_person_id bigint, "
                    + "contract_id bigint, relation varchar(10), start_date date, end_date date)");
            s.execute("create table insurer (id bigint primary key, name varchar(50))");
            s.execute("create table policyholder (id bigint primary key, name varchar(50))");
            s.execute("create table insurance_contract (id bigint primary key, contract_number varchar(20), "
                    + "start_date date, end_date date, insurer_id bigint, policyholder_id bigint)");
            s.execute("create table contract_cover (id bigint primary key, contract_id bigint, title varchar(50), "
                    + "annual_ceiling bigint, franchise_percent int, sort_order int)");
            s.execute("insert into person values (1, 'Sara', 'Ahmadi', date '1990-01-01', '" + NATIONAL_ID + "')");
            s.execute("insert into coverage values (1, 1, 1, 5, 'SELF', date '2026-01-01', date '2026-12-31')");
            s.execute("insert into insurer values (1, 'Insurer A')");
            s.execute("insert into policyholder values (1, 'Holder')");
            s.execute("insert into insurance_contract values (5, 'K-1', date '2026-01-01', date '2026-12-31', 1, 1)");
            s.execute("insert into contract_cover values (1, 5, 'Dental', 1000, 10, 1)");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop all objects");
        }
        c.close();
    }

    @Test
    void aContractChangeAnnouncedOnTheGridIsSeenByEveryNodesNextCheck() throws SQLException {
        LocalGrid grid = new LocalGrid();
        try (EligibilityLookup one = new EligibilityLookup(() -> DriverManager.getConnection(URL, "sa", ""),
                Thread::new);
             EligibilityLookup two = new EligibilityLookup(() -> DriverManager.getConnection(URL, "sa", ""),
                     Thread::new)) {
            grid.subscribe(EligibilityService.CONTRACTS_TOPIC, id -> one.forgetContracts());
            grid.subscribe(EligibilityService.CONTRACTS_TOPIC, id -> two.forgetContracts());
            assertEquals("K-1", contractNumber(one));
            assertEquals("K-1", contractNumber(two));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update insurance_contract set contract_number = 'K-2' where id = 5");
            }
            assertEquals("K-1", contractNumber(two), "kept for a minute unless told");
            grid.publish(EligibilityService.CONTRACTS_TOPIC, "5");
            assertEquals("K-2", contractNumber(one));
            assertEquals("K-2", contractNumber(two));
        }
    }

    private String contractNumber(EligibilityLookup lookup) throws SQLException {
        try (Connection own = DriverManager.getConnection(URL, "sa", "")) {
            Eligibility answer = lookup.check(own, 1, "test", Channel.API, NATIONAL_ID, null, TODAY,
                    Instant.parse("2026-12-04T00:00:00Z")).answer();
            return answer.getContractNumber();
        }
    }
}
