package ir.hami.api;

import ir.hami.access.ApiTokens;
import ir.hami.access.LoginOutcome;
import ir.hami.membership.MembershipType;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Messages;
import ir.hami.platform.web.Problem;
import ir.hami.platform.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in of the members' app: {@code POST /api/v1/auth/token} (national ID or member code, password, membership
 * type; the pages' rules and throttling), {@code /refresh} and {@code /logout}. Thin over {@link ApiTokens}.
 */
@Path("v1/auth")
@ApplicationScoped
@Tag(name = "Sign-in", description = "Tokens of the members' app")
public class AuthResource {

    @Inject
    ApiTokens tokens;

    @Context
    HttpServletRequest request;

    /** The body of a login. */
    public record LoginRequest(
            @Schema(description = "National ID (10 digits) or member code; Persian digits accepted", example = "0012345679")
            String username,
            @Schema(description = "The portal password", example = "Hami-Member-1403") String password,
            @Schema(description = "Membership type (نوع عضویت)", enumeration = {"INSURANCE_COMPANY", "FUND", "GROUP"},
                    example = "INSURANCE_COMPANY") String membershipType,
            @Schema(description = "A name for this device, shown in the member's signed-in devices", example = "Pixel 8")
            String device) {
    }

    /** The body of a refresh or a logout. */
    public record RefreshRequest(@Schema(description = "The refresh token of the last pair") String refreshToken) {
    }

    /** A pair of tokens. */
    public record TokenResponse(
            @Schema(description = "Send as Authorization: Bearer <accessToken>") String accessToken,
            @Schema(example = "Bearer") String tokenType,
            @Schema(description = "Seconds the access token lives", example = "600") long expiresIn,
            @Schema(description = "Works once: a refresh returns a new one") String refreshToken,
            @Schema(description = "Seconds the refresh token lives", example = "2592000") long refreshExpiresIn) {

        static TokenResponse of(ApiTokens.Pair pair) {
            return new TokenResponse(pair.accessToken(), "Bearer", pair.expiresIn(), pair.refreshToken(),
                    pair.refreshExpiresIn());
        }
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in", description = "Logs a member in as the portal's login page does (failed logins "
            + "lock the account and the address for a while) and returns an access token and a refresh token.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "login",
            value = "{\"username\":\"0012345679\",\"password\":\"Hami-Member-1403\","
                    + "\"membershipType\":\"INSURANCE_COMPANY\",\"device\":\"Pixel 8\"}")))
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong identifier or password, wrong membership type, disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Locked after failed logins; Retry-After says for how long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response token(LoginRequest body) {
        if (body == null || body.username() == null || body.username().isBlank() || body.password() == null) {
            return ApiProblems.invalidBody("username, password and membershipType are required").response(0);
        }
        MembershipType type = null;
        if (body.membershipType() != null && !body.membershipType().isBlank()) {
            try {
                type = MembershipType.valueOf(body.membershipType().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ApiProblems.invalidBody("membershipType is INSURANCE_COMPANY, FUND or GROUP").response(0);
            }
        }
        ApiTokens.Login login = tokens.login(body.username(), body.password(), type, Requests.clientIp(request),
                body.device());
        if (login.isSuccess()) {
            return Conditional.noStore(Response.Status.OK, TokenResponse.of(login.tokens()));
        }
        LoginOutcome outcome = login.outcome();
        Object[] args = {outcome.minutes()};
        boolean locked = outcome.status() == LoginOutcome.Status.ACCOUNT_LOCKED
                || outcome.status() == LoginOutcome.Status.IP_BLOCKED;
        String key = outcome.messageKey();
        Problem problem = ApiProblems.loginRefused(Messages.text(key, args, LocaleBean.PERSIAN),
                Messages.text(key, args, Locale.ENGLISH), locked ? 429 : 401);
        return problem.response(locked ? Math.max(60, outcome.minutes() * 60) : 0);
    }

    @POST
    @Path("refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "New tokens for a refresh token", description = "A refresh token works once. A refresh "
            + "token used twice was copied: that device is signed out everywhere.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, used or revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response refresh(RefreshRequest body) {
        try {
            ApiTokens.Pair pair = tokens.refresh(body == null ? null : body.refreshToken(), Requests.clientIp(request));
            return Conditional.noStore(Response.Status.OK, TokenResponse.of(pair));
        } catch (ApiTokens.RefreshRefused e) {
            return ApiProblems.refreshRefused().response(0);
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign this device out", description = "Revokes the refresh token and every token that "
            + "descends from the same sign-in. The last access token ends by itself within minutes.")
    @APIResponse(responseCode = "204", description = "Signed out (also for an unknown token)")
    public Response logout(RefreshRequest body) {
        tokens.logout(body == null ? null : body.refreshToken());
        return Response.noContent().build();
    }
}
