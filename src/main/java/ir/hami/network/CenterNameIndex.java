package ir.hami.network;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The centres' name index ({@code center_name_token}, see {@link TreatmentCenter#nameTokens}) for writers that use
 * plain JDBC (demo data, generators, test fixtures), and, at start, the rows of every centre that has none: centres
 * written before the index existed (V5) or by a writer that did not know it. The JPA path writes its rows in
 * {@link CenterAdmin#save}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CenterNameIndex {

    /** The insert that {@link #add} binds. */
    public static final String INSERT = "insert into center_name_token (token, center_id) values (?,?)";

    private static final Logger LOG = Logger.getLogger(CenterNameIndex.class.getName());
    private static final int BATCH = 1_000;

    @Resource(lookup = "java:app/jdbc/hami")
    private DataSource dataSource;

    @PostConstruct
    void fillAtStart() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int centers = fillMissing(c);
            if (centers > 0) {
                LOG.info(() -> "Centre name index: " + centers + " centres indexed.");
            }
        } catch (SQLException e) {
            // search by name finds none of these centres until the next start; everything else works
            LOG.log(Level.SEVERE, "Centre name index could not be filled", e);
        }
    }

    /** Adds the rows of one centre's name to a batch of {@link #INSERT}. */
    public static void add(PreparedStatement insert, long centerId, String name) throws SQLException {
        for (String token : TreatmentCenter.nameTokens(name)) {
            insert.setString(1, token);
            insert.setLong(2, centerId);
            insert.addBatch();
        }
    }

    /** Indexes every centre without rows, committing after each batch of centres; returns how many. */
    public static int fillMissing(Connection c) throws SQLException {
        int done = 0;
        long after = Long.MIN_VALUE;
        try (PreparedStatement missing = c.prepareStatement("select c.id, c.name from treatment_center c where c.id > ?"
                + " and not exists (select 1 from center_name_token t where t.center_id = c.id) order by c.id");
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            missing.setMaxRows(BATCH);
            while (true) {
                missing.setLong(1, after);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = missing.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                    }
                }
                for (Object[] row : rows) {
                    add(insert, (Long) row[0], (String) row[1]);
                    after = (Long) row[0];
                }
                insert.executeBatch();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                done += rows.size();
                if (rows.size() < BATCH) {
                    return done;
                }
            }
        }
    }
}
