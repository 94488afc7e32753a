package ir.hami.api;

import ir.hami.access.AccountService;
import ir.hami.membership.ContactDetails;
import ir.hami.membership.Profile;
import ir.hami.membership.ProfileService;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Messages;
import ir.hami.platform.web.Problem;
import ir.hami.platform.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The member's profile (پروفایل, seed 004) as the profile page has it, over {@link ProfileService} and
 * {@link AccountService}: read, contact details and IBAN (all or nothing, against the version read), a new mobile
 * confirmed by an SMS code sent to it, and the password change (which signs every device out). Always the caller's
 * own person and account, from the token; no id from the client.
 */
@Path("v1/me/profile")
@ApplicationScoped
@Tag(name = "Profile", description = "The member's own profile")
@SecurityRequirement(name = "bearer")
public class ProfileResource {

    @Inject
    ApiCallers callers;

    @Inject
    ProfileService profiles;

    @Inject
    AccountService accounts;

    @Context
    HttpServletRequest request;

    /** What the profile page shows. */
    public record ProfileDto(
            @Schema(example = "علی تست‌زاده") String fullName,
            @Schema(description = "The member's own national ID, as the profile page shows it", example = "0012345679")
            String nationalId,
            @Schema(example = "09121234567") String mobile,
            @Schema(example = "02122514788") String phone,
            @Schema(example = "ali@example.com") String email,
            String address,
            @Schema(example = "1234567890") String postalCode,
            @Schema(description = "IBAN with only its last four digits shown; null when none",
                    example = "IR06 **** **** **** **** 2000 01") String ibanMasked,
            @Schema(description = "Send it back when updating the contact details", example = "3") long version) {

        static ProfileDto of(Profile p) {
            ContactDetails c = p.contact();
            return new ProfileDto(p.fullName(), p.nationalId(), p.mobile(), c.phone(), c.email(), c.address(),
                    c.postalCode(), maskIban(c.iban()), p.version());
        }
    }

    /** New contact details. */
    public record ContactUpdate(
            String phone, String email, String address, String postalCode,
            @Schema(description = "New IBAN (IR + 24 digits); omit or null to keep the current one, \"\" to remove it",
                    example = "IR062960000000100324200001") String iban,
            @Schema(description = "The version read", example = "3") Long version) {
    }

    /** A new mobile. */
    public record MobileRequest(@Schema(example = "09351234567") String mobile) {
    }

    /** When the code for a new mobile expires. */
    public record CodeSent(@Schema(example = "0935***4567") String maskedMobile, Instant expiresAt, String message) {
    }

    /** The code typed back. */
    public record CodeBody(@Schema(example = "123456") String code) {
    }

    /** A password change. */
    public record PasswordChange(
            @Schema(description = "The current password") String current,
            @Schema(description = "The new password (8 to 64 characters)") String password,
            @Schema(description = "The new password again") String repeated,
            @Schema(description = "Only for a forced change of a member with a mobile: the SMS code "
                    + "(POST /api/v1/me/profile/password/code)") String code) {
    }

    /** A done step with its Persian text. */
    public record Done(String message) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The member's profile", description = "Name, national ID, mobile, contact details and the "
            + "IBAN (masked). ETag: send If-None-Match to get 304 when unchanged.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response read(@Context Request req) {
        return Conditional.ok(req, ProfileDto.of(profiles.load(callers.current().personId())));
    }

    @PUT
    @Path("contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update contact details and IBAN", description = "All or nothing, by the page's rules "
            + "(phone 11 digits with area code or 8, email, address up to 500 characters, postal code 10 digits, a "
            + "valid Iranian IBAN). A change made meanwhile (another version) is refused with 400 profile-concurrent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "contact",
            value = "{\"phone\":\"02122514788\",\"email\":\"ali@example.com\",\"address\":\"تهران، خیابان آزادی\","
                    + "\"postalCode\":\"1234567890\",\"iban\":\"IR062960000000100324200001\",\"version\":3}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    @APIResponse(responseCode = "400", description = "A rule broken (title_fa says which)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response contact(ContactUpdate body) {
        if (body == null || body.version() == null) {
            return ApiProblems.invalidBody("version (of GET /api/v1/me/profile) is required").response(0);
        }
        ApiCaller me = callers.current();
        String iban = body.iban();
        if (iban == null) {
            iban = profiles.load(me.personId()).contact().iban();
        }
        Profile saved = profiles.save(me.personId(), body.phone(), body.email(), body.address(), body.postalCode(),
                iban, body.version(), Requests.clientIp(request));
        return Conditional.noStore(Response.Status.OK, ProfileDto.of(saved));
    }

    @POST
    @Path("mobile/code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change mobile, step one: a code to the new mobile", description = "The mobile does not "
            + "change until the code is typed back. The SMS limits of the pages apply (a pause before a new code, "
            + "a few an hour).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "mobile", value = "{\"mobile\":\"09351234567\"}")))
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "400", description = "Invalid, the same mobile, or a limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response mobileCode(MobileRequest body) {
        if (body == null || body.mobile() == null) {
            return ApiProblems.invalidBody("mobile is required").response(0);
        }
        Instant expires = profiles.requestMobileChange(callers.current().personId(), body.mobile(),
                Requests.clientIp(request));
        String masked = MobileNumber.parse(body.mobile()).masked();
        return Conditional.noStore(Response.Status.ACCEPTED, new CodeSent(masked, expires,
                Messages.text("profile.codeSent", new Object[] {masked}, LocaleBean.PERSIAN)));
    }

    @POST
    @Path("mobile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change mobile, step two: the code", description = "The mobile the code was sent to becomes "
            + "the member's. Wrong (a few attempts), expired or used codes are refused.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "code", value = "{\"code\":\"123456\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    @APIResponse(responseCode = "400", description = "Code refused", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response mobile(CodeBody body) {
        if (body == null || body.code() == null || body.code().isBlank()) {
            return ApiProblems.invalidBody("code is required").response(0);
        }
        long person = callers.current().personId();
        profiles.confirmMobile(person, body.code(), Requests.clientIp(request));
        return Conditional.noStore(Response.Status.OK, ProfileDto.of(profiles.load(person)));
    }

    @POST
    @Path("password/code")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The SMS code of a forced password change", description = "Only when the password must be "
            + "changed (legacy first password) and a mobile is on file; otherwise 400.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response passwordCode() {
        String masked = accounts.sendChangeCode(callers.current().accountId(), Requests.clientIp(request));
        return Conditional.noStore(Response.Status.ACCEPTED, new CodeSent(masked, null,
                Messages.text("password.codeSent", new Object[] {masked}, LocaleBean.PERSIAN)));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change password", description = "The current password and the new one twice, by the "
            + "password rules. Afterwards every device is signed out: remember-me cookies and every refresh token of "
            + "the app, this device's too (sign in again; the access token in hand ends within minutes).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "change",
            value = "{\"current\":\"Hami-Member-1403\",\"password\":\"Hami-New-1404\",\"repeated\":\"Hami-New-1404\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Done.class)))
    @APIResponse(responseCode = "400", description = "Current password wrong, rules broken, code needed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response password(PasswordChange body) {
        if (body == null || body.current() == null || body.password() == null) {
            return ApiProblems.invalidBody("current, password and repeated are required").response(0);
        }
        accounts.changePassword(callers.current().accountId(), body.current(), body.password(), body.repeated(),
                body.code(), Requests.clientIp(request));
        return Conditional.noStore(Response.Status.OK,
                new Done(Messages.text("password.changed", new Object[0], LocaleBean.PERSIAN)));
    }

    /** {@code IR06 **** **** **** **** 2000 01}: the country, check digits and the last six shown. */
    static String maskIban(String iban) {
        if (iban == null || iban.length() < 10) {
            return iban;
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < iban.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                masked.append(' ');
            }
            masked.append(i < 4 || i >= iban.length() - 6 ? iban.charAt(i) : '*');
        }
        return masked.toString();
    }
}
