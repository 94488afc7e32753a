package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.cluster.LocalGrid;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key check's cache on two "nodes" sharing one grid: a revocation committed on one is forgotten on both. */
class ApiKeyCheckTest {

    private static final String URL = "jdbc:h2:mem:apikeycheck;DB_CLOSE_DELAY=-1";
    private static final String KEY = ApiKeyFormat.generate();

    private Connection keep;

    @BeforeEach
    void schema() throws SQLException {
        keep = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = keep.createStatement()) {
            s.execute("create table api_key (id bigint primary key, center_id bigint not null, key_prefix varchar(20), "
                    + "key_hash varchar(100) not null, last_used_at timestamp, revoked_at timestamp)");
        }
        try (PreparedStatement p = keep.prepareStatement("insert into api_key values (41, 7, ?, ?, null, null)")) {
            p.setString(1, ApiKeyFormat.prefix(KEY));
            p.setString(2, ApiKeyFormat.hash(KEY));
            p.executeUpdate();
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement s = keep.createStatement()) {
            s.execute("drop table api_key");
        }
        keep.close();
    }

    private static ApiKeyCheck node(LocalGrid grid) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(URL);
        ds.setUser("sa");
        ApiKeyCheck check = new ApiKeyCheck();
        check.direct = ds;
        check.clock = Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ZoneOffset.UTC);
        check.grid = grid;
        check.cacheSeconds = 600;
        check.maxEntries = 100;
        check.start();
        return check;
    }

    @Test
    void aKeyRevokedThroughOneNodeIsRefusedOnEveryNodeAtOnce() throws SQLException {
        LocalGrid grid = new LocalGrid();
        ApiKeyCheck one = node(grid);
        ApiKeyCheck two = node(grid);
        assertEquals(7, one.authenticate(KEY).orElseThrow().centerId());
        assertEquals(7, two.authenticate(KEY).orElseThrow().centerId());
        try (Statement s = keep.createStatement()) {
            s.executeUpdate("update api_key set revoked_at = current_timestamp where id = 41");
        }
        assertTrue(two.authenticate(KEY).isPresent(), "cached for ten minutes here, until told");
        one.forget(new ApiKeys.Revoked(41));
        assertTrue(one.authenticate(KEY).isEmpty());
        assertTrue(two.authenticate(KEY).isEmpty(), "the other node was told through the grid");
        one.stop();
        two.stop();
    }
}
