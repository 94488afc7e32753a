package ir.hami.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema: one portable
 * set of scripts in {@code db/migration} serves MySQL/MariaDB and the embedded H2 alike.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/hami")
    private DataSource dataSource;

    private volatile String version;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // a schema already up to date reports no target: then the version found is the version
        String now = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        version = now == null ? "0" : now;
        LOG.info(() -> "Database schema at version " + version
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The schema version this node migrated to (or found), once the migration has run; null before. */
    @Lock(LockType.READ)
    public String version() {
        return version;
    }

    /**
     * For the readiness check: null when the migration has run and the database answers a trivial query within two
     * seconds, else the reason. Here, in the EJB, so that the datasource is this application's whichever thread of
     * the server asks (the health endpoint's threads are not the application's).
     */
    @Lock(LockType.READ)
    public String unreadyReason() {
        if (version == null) {
            return "migrations not done";
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("select 1");
            return null;
        } catch (SQLException | RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
