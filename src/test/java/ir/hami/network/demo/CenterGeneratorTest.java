package ir.hami.network.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.network.TreatmentCenter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo network on an in-memory H2 database with the real schema. */
class CenterGeneratorTest {

    private static final String URL = "jdbc:h2:mem:centers;MODE=LEGACY;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void generate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection writes = DriverManager.getConnection(URL, "sa", "");
             Connection ids = DriverManager.getConnection(URL, "sa", "")) {
            writes.createStatement().executeUpdate("insert into insurer (id, code, name, version) values"
                    + " (1, 'A', 'بیمه آسماری', 0), (2, 'B', 'بیمه دی', 0)");
            writes.setAutoCommit(false);
            CenterGenerator.generate(writes, ids, CenterGenerator.SMALL, 7);
            writes.commit();
        }
    }

    @Test
    void referenceDataHasAllProvinces() throws SQLException {
        assertEquals(31, count("select count(*) from province"));
        assertTrue(count("select count(*) from city") >= 300);
    }

    @Test
    void centresSpreadOverProvincesWithConsistentFlagsAndSearchNames() throws SQLException {
        assertEquals(CenterGenerator.SMALL, count("select count(*) from treatment_center"));
        assertTrue(count("select count(distinct province_id) from treatment_center") >= 25);
        assertEquals(0, count("select count(*) from treatment_center where online_referrals and not issues_referrals"));
        assertTrue(count("select count(*) from treatment_center where online_referrals") > 30);
        assertEquals(0, count("select count(*) from treatment_center t join city c on c.id = t.city_id"
                + " where c.province_id <> t.province_id"));
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select name, search_name from treatment_center")) {
            while (rs.next()) {
                assertEquals(TreatmentCenter.searchForm(rs.getString(1)), rs.getString(2));
            }
        }
        assertEquals(0, count("select count(*) from treatment_center t where not exists"
                + " (select 1 from center_name_token n where n.center_id = t.id)"));
        assertEquals(0, count("select count(*) from center_name_token n join treatment_center t on t.id = n.center_id"
                + " where n.token = 'شفا' and t.search_name not like '%شفا%'"));
    }

    @Test
    void everyCentreHasServicesAndEveryInsurerTheReferralLines() throws SQLException {
        assertEquals(0, count("select count(*) from treatment_center t where not exists"
                + " (select 1 from center_service s where s.center_id = t.id)"));
        assertTrue(count("select count(*) from physician") > CenterGenerator.SMALL / 2);
        assertEquals(2, count("select count(*) from referral_contact"));
        assertTrue(count("select count(*) from center_insurer") > CenterGenerator.SMALL / 2);
        assertEquals(0, count("select count(*) from treatment_center where latitude not between 25 and 40"
                + " or longitude not between 44 and 64"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
