package ir.hami.api;

import ir.hami.access.ApiTokens;
import ir.hami.platform.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member's signed-in devices: how many, and "sign out of all devices". */
@Path("v1/me/devices")
@ApplicationScoped
@Tag(name = "Sign-in")
@SecurityRequirement(name = "bearer")
public class DevicesResource {

    @Inject
    ApiCallers callers;

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    /** How many devices are signed in. */
    public record Devices(long signedIn) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many devices are signed in to this account")
    public Devices count() {
        return new Devices(tokens.activeDevices(callers.current().accountId()));
    }

    @POST
    @Path("sign-out-all")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign out of all devices", description = "Revokes every refresh token of the account, this "
            + "device's too. Access tokens already given end by themselves within minutes.")
    public Response signOutAll() {
        ApiCaller caller = callers.current();
        int devices = tokens.revokeAll(caller.accountId(), caller.username(), Requests.clientIp(request));
        return Conditional.noStore(Response.Status.OK, new Devices(devices));
    }
}
