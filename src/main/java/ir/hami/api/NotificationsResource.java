package ir.hami.api;

import ir.hami.notification.Notification;
import ir.hami.notification.Notifications;
import ir.hami.platform.ValidationException;
import ir.hami.platform.time.Jalali;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The member's notifications (claim, admission and referral news; the home page's list) over
 * {@link Notifications}, for the person the token is of, as the home page does.
 */
@Path("v1/me/notifications")
@ApplicationScoped
@Tag(name = "Notifications", description = "What changed for the member")
@SecurityRequirement(name = "bearer")
public class NotificationsResource {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Inject
    ApiCallers callers;

    @Inject
    Notifications notifications;

    /** One notification. */
    public record NotificationDto(
            @Schema(example = "412") long id,
            @Schema(description = "Persian text", example = "خسارت شما با کد رهگیری ۱۲۳۴ پرداخت شد") String text,
            @Schema(description = "The portal page it is about (path), or null", example = "/member/claim.xhtml?id=7")
            String link,
            Instant createdAt,
            @Schema(description = "Jalali date of createdAt (Tehran)", example = "1405/09/12") String createdAtJalali,
            boolean read) {

        static NotificationDto of(Notification n) {
            return new NotificationDto(n.getId(), n.getText(), n.getLink(), n.getCreatedAt(),
                    Jalali.format(n.getCreatedAt().atZone(TEHRAN).toLocalDate()), n.isRead());
        }
    }

    /** How many are unread. */
    public record Unread(@Schema(example = "2") long unread) {
    }

    /** The list: a page plus the unread count. */
    public record NotificationPage(java.util.List<NotificationDto> items, int page, int size, long total, long unread) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The member's notifications, newest first", description = "Paged (?page=0&size=20, at most "
            + "50), with the unread count. ETag: If-None-Match gives 304 while nothing changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request req) {
        int first = Page.first(page, size);
        int s = Page.size(size);
        long person = callers.current().personId();
        var items = notifications.page(person, first, s).stream().map(NotificationDto::of).toList();
        return Conditional.ok(req, new NotificationPage(items, page == null ? 0 : page, s,
                notifications.count(person), notifications.unreadCount(person)));
    }

    @GET
    @Path("unread-count")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many notifications are unread", description = "Cheap to poll; ETag and 304.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Unread.class)))
    public Response unread(@Context Request req) {
        return Conditional.ok(req, new Unread(notifications.unreadCount(callers.current().personId())));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "No such notification of this member",
            content = @Content(mediaType = ir.hami.platform.web.Problem.MEDIA_TYPE))
    public Response markRead(@PathParam("id") long id) {
        if (!notifications.markRead(callers.current().personId(), id)) {
            throw new ValidationException("api.notification.notFound");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all notifications read")
    @APIResponse(responseCode = "204", description = "Read")
    public Response markAllRead() {
        notifications.markAllRead(callers.current().personId());
        return Response.noContent().build();
    }
}
