package ir.hami.api;

import ir.hami.access.PasswordPolicy;
import ir.hami.access.RecoveryService;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.id.NationalId;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Password recovery from the app (seed 001), the recovery page's steps over {@link RecoveryService}: member code +
 * national ID + the mobile on file → an SMS code → the code and a new password. At most
 * {@code hami.recovery.max-per-period} recoveries per coverage period; the code goes only to the mobile on file,
 * never to a typed one. Unauthenticated; no captcha (see {@link ActivationResource}): the SMS limits protect it.
 * A recovery signs every device out (remember-me cookies and the app's refresh tokens).
 */
@Path("v1/auth/recovery")
@ApplicationScoped
@Tag(name = "Activation and recovery")
public class RecoveryResource {

    @Inject
    RecoveryService recovery;

    @Context
    HttpServletRequest request;

    /** Step one. */
    public record CodeRequest(
            @Schema(description = "Member code (کد بیمه شده)", example = "M-1234") String memberCode,
            @Schema(example = "0012345679") String nationalId,
            @Schema(description = "The mobile on file", example = "09121234567") String mobile) {
    }

    /** The answer to step one. */
    public record CodeAnswer(
            @Schema(example = "0912***4567") String maskedMobile,
            @Schema(description = "Recoveries left in this coverage period, this one included", example = "5")
            int remaining,
            @Schema(description = "Recoveries allowed per coverage period", example = "5") int max,
            @Schema(description = "When the code expires") Instant codeExpiresAt,
            @Schema(description = "Persian text to show") String message) {
    }

    /** Step two. */
    public record Recover(
            @Schema(example = "M-1234") String memberCode,
            @Schema(example = "0012345679") String nationalId,
            @Schema(example = "09121234567") String mobile,
            @Schema(example = "123456") String code,
            String password,
            String repeated) {
    }

    /** Done. */
    public record Recovered(
            @Schema(description = "Recoveries left in this coverage period", example = "4") int remaining,
            @Schema(description = "Persian text to show") String message) {
    }

    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recovery, step one: send the SMS code", description = "As the recovery page: refused with "
            + "a Persian problem when the member code and national ID do not match a coverage, no password was ever "
            + "set, the period's recoveries are used up, or the mobile is not the one on file.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "code",
            value = "{\"memberCode\":\"M-1234\",\"nationalId\":\"0012345679\",\"mobile\":\"09121234567\"}")))
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = CodeAnswer.class)))
    @APIResponse(responseCode = "400", description = "Refused (see title_fa)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such member code and national ID",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response code(CodeRequest body) {
        if (body == null || body.memberCode() == null || body.nationalId() == null || body.mobile() == null) {
            return ApiProblems.invalidBody("memberCode, nationalId and mobile are required").response(0);
        }
        RecoveryService.Started s = recovery.start(body.memberCode(), body.nationalId(), body.mobile(),
                Requests.clientIp(request));
        return Conditional.noStore(Response.Status.ACCEPTED, new CodeAnswer(s.maskedMobile(), s.remaining(), s.max(),
                s.codeExpires(), Messages.text("sms.code.sent", new Object[] {s.maskedMobile()}, LocaleBean.PERSIAN)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recovery, step two: the code and the new password", description = "Checks the password "
            + "rules, then the code (single use, a few attempts, expires in minutes), then sets the password and "
            + "signs every device out.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "recover",
            value = "{\"memberCode\":\"M-1234\",\"nationalId\":\"0012345679\",\"mobile\":\"09121234567\","
                    + "\"code\":\"123456\",\"password\":\"Hami-New-1404\",\"repeated\":\"Hami-New-1404\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Recovered.class)))
    @APIResponse(responseCode = "400", description = "Password rules, code wrong/expired/used, limit reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response recover(Recover body) {
        if (body == null || body.memberCode() == null || body.nationalId() == null || body.mobile() == null
                || body.code() == null) {
            return ApiProblems.invalidBody("memberCode, nationalId, mobile, code, password and repeated are required")
                    .response(0);
        }
        String nationalId = NationalId.parse(body.nationalId()).value();
        MobileNumber mobile = MobileNumber.parse(body.mobile());
        PasswordPolicy.check(body.password(), body.repeated(), nationalId, mobile.value());
        RecoveryService.Started started = new RecoveryService.Started(nationalId, mobile.value(), mobile.masked(),
                true, 0, 0, null);
        recovery.verify(started, body.code());
        int left = recovery.complete(started, body.memberCode(), body.password(), body.repeated(),
                Requests.clientIp(request));
        return Conditional.noStore(Response.Status.OK, new Recovered(left,
                Messages.text("recovery.done", new Object[0], LocaleBean.PERSIAN)));
    }
}
