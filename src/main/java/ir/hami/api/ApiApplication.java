package ir.hami.api;

import ir.hami.eligibility.api.EligibilityResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The portal's JSON API (JAX-RS) under {@code /api}, versioned by path ({@code /api/v1/...}): the eligibility API of
 * hospital information systems (API key) and the members' API of the mobile app (bearer token, {@code /api/v1/me}
 * and {@code /api/v1/auth}). Its classes are listed here rather than discovered: add a new resource to
 * {@link #RESOURCES}. Jersey's per-request extras that the API does not use are switched off: Bean Validation of
 * resource parameters (resources validate their input and answer problem+json), WADL, and Jersey's monitoring.
 * The OpenAPI document at {@code /openapi} is {@code META-INF/openapi.yaml} (the eligibility API and what is shared)
 * merged with the annotations of this package's resources.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

    /** The resources and providers; one line each, so that parallel changes merge. */
    static final Set<Class<?>> RESOURCES = Stream.<Class<?>>of(
            EligibilityResource.class,
            ProblemMapper.class,
            MemberApiFilter.class,
            AuthResource.class,
            DevicesResource.class,
            FamilyResource.class,
            CentersResource.class,
            ReferralsResource.class,
            ClaimsResource.class,
            ClaimDraftsResource.class,
            AdmissionsResource.class,
            ActivationResource.class,
            RecoveryResource.class,
            ProfileResource.class,
            NotificationsResource.class,
            MessagesResource.class
    ).collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<Class<?>> getClasses() {
        return RESOURCES;
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
