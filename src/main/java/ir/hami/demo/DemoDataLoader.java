package ir.hami.demo;

import ir.hami.membership.demo.DemoDataGenerator;
import ir.hami.membership.demo.DemoLogins;
import ir.hami.network.demo.CenterGenerator;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data (started by {@link DemoStart}) when {@code hami.demo.data=true} and the database has no insurer yet, so a restart
 * keeps the data and never duplicates it. Off by default: production never has demo data or demo logins.
 * {@code hami.demo.members} sets the size ({@code small}, about 2,000 persons, or a number).
 *
 * <p>Runs after the schema migration, outside any container transaction: the generator commits its own JDBC work
 * (the small set in one transaction, all or nothing).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = "java:app/jdbc/hami")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "hami.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hami.demo.members", defaultValue = "small")
    String members;

    @Inject
    @ConfigProperty(name = "hami.demo.centers", defaultValue = "300")
    int centers;

    @Inject
    Clock clock;

    private static boolean hasCenters(Connection connection) throws SQLException {
        try (var s = connection.createStatement();
             var rs = s.executeQuery("select count(*) from treatment_center")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** The treatment-centre network, after the insurers exist, in one transaction. */
    private void loadCenters() throws SQLException {
        try (Connection writes = dataSource.getConnection(); Connection ids = dataSource.getConnection()) {
            writes.setAutoCommit(false);
            try {
                int written = CenterGenerator.generate(writes, ids, centers, DemoDataGenerator.DEFAULT_SEED);
                writes.commit();
                LOG.info(() -> "Demo data: " + written + " treatment centres loaded.");
            } catch (SQLException | RuntimeException e) {
                writes.rollback();
                throw e;
            }
        }
    }

    /** Called by {@link DemoStart} after the deployment. */
    public void load() {
        if (!enabled) {
            return;
        }
        try {
            try (Connection connection = dataSource.getConnection()) {
                if (DemoDataGenerator.hasInsurers(connection)) {
                    LOG.info("Demo data: the database already has insurers, nothing loaded.\n"
                            + DemoLogins.describeFixed());
                    if (!hasCenters(connection)) {
                        // the members came in an earlier start whose centres failed: load only the centres
                        loadCenters();
                    }
                    return;
                }
            }
            long count = DemoDataGenerator.parseMembers(members);
            LOG.info(() -> "Demo data: generating " + count + " members...");
            DemoDataGenerator.Summary summary = DemoDataGenerator.on(dataSource)
                    .members(count)
                    .clock(clock)
                    .withAccounts(true)
                    .progress(LOG::info, 100_000)
                    .generate();
            LOG.info("Demo data loaded: " + summary.describe() + "\n" + summary.logins().describe());
            loadCenters();
        } catch (SQLException | RuntimeException e) {
            // The portal still starts; the demo data is all or nothing for the small set, so the next start retries.
            LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
        }
    }
}
