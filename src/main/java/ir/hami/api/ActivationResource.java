package ir.hami.api;

import ir.hami.access.ActivationService;
import ir.hami.access.PasswordPolicy;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.time.Jalali;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Portal activation from the app (ثبت نام, seed 003), the activation page's steps over {@link ActivationService}:
 * national ID + mobile (+ member code and birth date where the roster has no mobile) → an SMS code → the code and a
 * password. Unauthenticated. The page's image captcha cannot be shown by the app; the service's limits protect this
 * path instead, unchanged: failures counted per address and per national ID, SMS codes limited per mobile and per
 * address with a pause before a new one, a few attempts per code, codes single use and short-lived.
 * The API keeps no state between the steps: the code and the password come together in one call, so the proof
 * that the code leaves behind is spent by the same request that made it.
 */
@Path("v1/auth/activation")
@ApplicationScoped
@Tag(name = "Activation and recovery", description = "Register (activate) an account and recover a password by SMS code")
public class ActivationResource {

    @Inject
    ActivationService activation;

    @Context
    HttpServletRequest request;

    /** Step one. */
    public record CodeRequest(
            @Schema(description = "National ID; Persian digits accepted", example = "0012345679") String nationalId,
            @Schema(description = "Mobile the code goes to; must be the roster's when it has one", example = "09121234567")
            String mobile,
            @Schema(description = "Only where the roster has no mobile: the member code of a coverage in force")
            String memberCode,
            @Schema(description = "Only where the roster has no mobile: birth date, ISO or Jalali", example = "1364/01/01")
            String birthDate) {
    }

    /** The answer to step one: the same whatever the case, so it tells nobody what the roster holds. */
    public record CodeAnswer(
            @Schema(example = "0912***4567") String maskedMobile,
            @Schema(description = "Persian text to show") String message) {
    }

    /** Step two: the code and the new password together. */
    public record Activate(
            @Schema(example = "0012345679") String nationalId,
            @Schema(example = "09121234567") String mobile,
            @Schema(description = "The 6-digit SMS code", example = "123456") String code,
            @Schema(description = "The new password (8 to 64 characters, letters and digits)") String password,
            @Schema(description = "The same password again") String repeated) {
    }

    /** A done step. */
    public record Done(@Schema(description = "Persian text to show") String message) {
    }

    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activation, step one: send the SMS code", description = "Sends a code to the mobile when "
            + "the person is covered today, has no password yet and the mobile is the roster's (or, where the roster "
            + "has none, the member code and birth date match). The answer is the same in every case; only the SMS "
            + "tells that the data were right. Too many failures from an address or for a national ID: 400.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "code",
            value = "{\"nationalId\":\"0012345679\",\"mobile\":\"09121234567\"}")))
    @APIResponse(responseCode = "202", description = "A code was sent if the data were right",
            content = @Content(schema = @Schema(implementation = CodeAnswer.class)))
    @APIResponse(responseCode = "400", description = "Malformed national ID or mobile, or too many failures",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response code(CodeRequest body) {
        if (body == null || body.nationalId() == null || body.mobile() == null) {
            return ApiProblems.invalidBody("nationalId and mobile are required").response(0);
        }
        ActivationService.Started started = activation.start(body.nationalId(), body.mobile(), body.memberCode(),
                date(body.birthDate()), Requests.clientIp(request));
        return Conditional.noStore(Response.Status.ACCEPTED, new CodeAnswer(started.maskedMobile(),
                Messages.text("activation.codeSentIfRight", new Object[] {started.maskedMobile()},
                        LocaleBean.PERSIAN)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activation, step two: the code and the password", description = "Checks the password "
            + "rules first (so a weak password does not spend the code), then the code (wrong, expired, spent or "
            + "missing codes all answer alike and count as failures), then sets the password. Then sign in with "
            + "POST /api/v1/auth/token.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "activate",
            value = "{\"nationalId\":\"0012345679\",\"mobile\":\"09121234567\",\"code\":\"123456\","
                    + "\"password\":\"Hami-Member-1403\",\"repeated\":\"Hami-Member-1403\"}")))
    @APIResponse(responseCode = "200", description = "Activated",
            content = @Content(schema = @Schema(implementation = Done.class)))
    @APIResponse(responseCode = "400", description = "Password rules, code refused, or too many failures",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response activate(Activate body) {
        if (body == null || body.nationalId() == null || body.mobile() == null || body.code() == null) {
            return ApiProblems.invalidBody("nationalId, mobile, code, password and repeated are required").response(0);
        }
        String nationalId = NationalId.parse(body.nationalId()).value();
        MobileNumber mobile = MobileNumber.parse(body.mobile());
        PasswordPolicy.check(body.password(), body.repeated(), nationalId, mobile.value());
        ActivationService.Started started = new ActivationService.Started(nationalId, mobile.value(), mobile.masked());
        String ip = Requests.clientIp(request);
        activation.verify(started, body.code(), ip);
        activation.complete(started, body.password(), body.repeated(), ip);
        return Conditional.noStore(Response.Status.OK,
                new Done(Messages.text("activation.done", new Object[0], LocaleBean.PERSIAN)));
    }

    /** A birth date as ISO ({@code 1985-03-21}) or Jalali ({@code 1364/01/01}); null when not given. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && Integer.parseInt(t.substring(0, 4)) >= 1700) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new WebApplicationException(ApiProblems.invalidBody("birthDate is not a date").response(0));
            }
        }
        return Jalali.parse(t);
    }
}
