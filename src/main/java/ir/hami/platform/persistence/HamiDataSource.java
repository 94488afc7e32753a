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
                        "fish.payara.connection-validation-method=meta-data",
                        "fish.payara.validate-atmost-once-period-in-seconds=10",
                        "fish.payara.statement-cache-size=24",
                        "fish.payara.statement-cache-type= "})
})
@Singleton
public class HamiDataSource {

    public static final String PORTAL = "java:app/jdbc/hami";
    public static final String DIRECT = "java:app/jdbc/hami-direct";
}
