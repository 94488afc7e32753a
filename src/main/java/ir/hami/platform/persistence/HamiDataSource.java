package ir.hami.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The portal's datasources, both on the one database. Every attribute comes from MicroProfile Config (environment
 * variables {@code HAMI_DB_CLASS}, {@code HAMI_DB_URL}, {@code HAMI_DB_USER}, {@code HAMI_DB_PASSWORD}); the
 * defaults in {@code META-INF/microprofile-config.properties} give an embedded H2 file database that survives a
 * restart.
 * <ul>
 * <li>{@value #PORTAL}: the pages' and services' pool, enlisted in container transactions (JPA, EJB).</li>
 * <li>{@value #DIRECT}: a small pool that takes part in no container transaction, for short autocommit work on a
 * hot path (the eligibility check and its audit rows). It is its own pool, so a burst of API calls waits for its own
 * connections and never takes the pages' connections (and the other way round). Its URL is {@code hami.db.direct-url}
 * ({@code HAMI_DB_DIRECT_URL}), by default the same as the pages'; on MySQL/MariaDB production adds server-side
 * prepared statements to it, which its few statement texts and its statement cache suit.</li>
 * </ul>
 * After the database restarts, the pages' pool drops its dead connections by itself (a failed XA start destroys the
 * connection). The direct pool did not: its connections take part in no transaction, and the "meta-data" validation
 * does not reach the server, so it handed out dead connections for as long as the test watched
 * ({@code MariaDbRestartFaultIT}). It validates with {@code Connection.isValid} (a ping, at most every 2 s per
 * connection) and, once one fails, replaces every connection at once ({@code fail-all-connections}).
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = HamiDataSource.PORTAL,
                className = "${MPCONFIG=hami.db.class}",
                url = "${MPCONFIG=hami.db.url}",
                user = "${MPCONFIG=hami.db.user}",
                password = "${MPCONFIG=hami.db.password}",
                minPoolSize = 2,
                maxPoolSize = 32,
                properties = {"fish.payara.is-connection-validation-required=true",
                        "fish.payara.connection-validation-method=meta-data"}),
        @DataSourceDefinition(
                name = HamiDataSource.DIRECT,
                className = "${MPCONFIG=hami.db.class}",
                url = "${MPCONFIG=hami.db.direct-url}",
                user = "${MPCONFIG=hami.db.user}",
                password = "${MPCONFIG=hami.db.password}",
                transactional = false,
                minPoolSize = 2,
                maxPoolSize = 16,
                properties = {"fish.payara.is-connection-validation-required=true",
                        "fish.payara.connection-validation-method=custom-validation",
                        "fish.payara.validation-classname="
                                + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                        "fish.payara.validate-atmost-once-period-in-seconds=2",
                        "fish.payara.fail-all-connections=true",
                        "fish.payara.statement-cache-size=24",
                        "fish.payara.statement-cache-type= "})
})
@Singleton
public class HamiDataSource {

    public static final String PORTAL = "java:app/jdbc/hami";
    public static final String DIRECT = "java:app/jdbc/hami-direct";
}
