package ir.hami.platform.health;

import ir.hami.platform.persistence.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: this node may take requests when its schema migration has run and its database answers a
 * trivial query within two seconds ({@link DatabaseMigration#unreadyReason}). The balancer (HAProxy's
 * {@code option httpchk}) sends no traffic to a node that is not ready, so a node whose database is away is taken
 * out rather than answering errors. No resource is injected here: the health endpoint calls in on the server's own
 * threads, possibly before the application has started.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        String version = migration.version();
        String reason = migration.unreadyReason();
        var response = HealthCheckResponse.named("database").withData("schema", version == null ? "-" : version);
        return reason == null ? response.up().build() : response.down().withData("reason", reason).build();
    }
}
