package ir.hami.eligibility.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The portal's JSON API for hospital information systems, under /api, versioned by path (/api/v1/...). Jersey's
 * per-request extras that the API does not use are switched off: Bean Validation of resource parameters (the
 * resource validates its input itself and answers problem+json), WADL, and Jersey's own monitoring statistics.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Hami eligibility API", version = "1",
        description = "Eligibility of insured persons for treatment centres. Authenticate with the X-Api-Key header."))
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.beanValidation.disable.server", true,
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.monitoring.statistics.enabled", false,
                "jersey.config.server.monitoring.enabled", false);
    }
}
