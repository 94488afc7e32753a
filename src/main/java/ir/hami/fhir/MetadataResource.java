package ir.hami.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;

/** {@code GET /fhir/metadata}: the CapabilityStatement, open to everyone. */
@Path("metadata")
@ApplicationScoped
public class MetadataResource {

    private final Date published = new Date();

    @GET
    public Response metadata(@Context UriInfo uri) {
        return Bodies.ok(Capability.statement(uri.getBaseUri().toString().replaceAll("/$", ""), published));
    }
}
