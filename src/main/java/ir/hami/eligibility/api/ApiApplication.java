package ir.hami.eligibility.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's JSON API for hospital information systems, under /api, versioned by path (/api/v1/...). */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Hami eligibility API", version = "1",
        description = "Eligibility of insured persons for treatment centres. Authenticate with the X-Api-Key header."))
public class ApiApplication extends Application {
}
