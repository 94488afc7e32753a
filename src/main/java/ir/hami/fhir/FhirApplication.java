package ir.hami.fhir;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * FHIR R4 under {@code /fhir} (JAX-RS), its classes listed rather than discovered, with Jersey's per-request extras
 * off as in the JSON API (Bean Validation of parameters, WADL, monitoring). What it supports is stated by
 * {@code GET /fhir/metadata}; every error is an OperationOutcome ({@link OperationOutcomeMapper}).
 */
@ApplicationPath("fhir")
public class FhirApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MetadataResource.class, EligibilityFhirResource.class, PriorAuthResource.class,
                MemberFhirResource.class, OperationOutcomeMapper.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.beanValidation.disable.server", true,
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.monitoring.statistics.enabled", false,
                "jersey.config.server.monitoring.enabled", false);
    }

    /** Makes the shared FHIR context in the background once the portal is deployed (see {@link Fhir}). */
    @ApplicationScoped
    public static class WarmUp {

        @Resource
        ManagedExecutorService executor;

        void deployed(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
            executor.execute(Fhir::warmUp);
        }
    }
}
