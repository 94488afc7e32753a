package ir.hami.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one datasource. Every attribute comes from MicroProfile Config (environment variables
 * {@code HAMI_DB_CLASS}, {@code HAMI_DB_URL}, {@code HAMI_DB_USER}, {@code HAMI_DB_PASSWORD}); the defaults in
 * {@code META-INF/microprofile-config.properties} give an embedded H2 file database that survives a restart.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/hami",
        className = "${MPCONFIG=hami.db.class}",
        url = "${MPCONFIG=hami.db.url}",
        user = "${MPCONFIG=hami.db.user}",
        password = "${MPCONFIG=hami.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@Singleton
public class HamiDataSource {
}
