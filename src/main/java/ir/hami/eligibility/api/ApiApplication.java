package ir.hami.eligibility.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The portal's JSON API for hospital information systems (JAX-RS), under {@code /api}, versioned by path
 * ({@code /api/v1/...}). Its two classes are listed here rather than discovered. Jersey's per-request extras that
 * the API does not use are switched off: Bean Validation of resource parameters (the resource validates its input
 * itself and answers problem+json), WADL, and Jersey's own monitoring statistics. The OpenAPI document is written by
 * hand in {@code META-INF/openapi.yaml} and served by MicroProfile OpenAPI at {@code /openapi}.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(EligibilityResource.class, ProblemMapper.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.beanValidation.disable.server", true,
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.monitoring.statistics.enabled", false,
                "jersey.config.server.monitoring.enabled", false);
    }
}
