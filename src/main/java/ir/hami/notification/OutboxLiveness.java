package ir.hami.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** {@code /health/live}: the SMS outbox worker of this node still runs its rounds ({@link OutboxHeartbeat#alive}). */
@Liveness
@ApplicationScoped
public class OutboxLiveness implements HealthCheck {

    @Inject
    OutboxHeartbeat worker;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sms-outbox-worker")
                .status(worker.alive())
                .withData("enabled", worker.enabled())
                .build();
    }
}
