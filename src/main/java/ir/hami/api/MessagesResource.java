package ir.hami.api;

import ir.hami.membership.InsurerOption;
import ir.hami.messaging.AttachmentView;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.MessageFiles;
import ir.hami.messaging.NewMessage;
import ir.hami.messaging.PostView;
import ir.hami.messaging.Sent;
import ir.hami.messaging.ThreadRow;
import ir.hami.messaging.ThreadView;
import ir.hami.messaging.Unit;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.Problem;
import ir.hami.platform.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Messages to a unit of an insurer («ارسال فایل / پیام», seed 004) over {@link MessageDesk} and {@link MessageFiles},
 * as the member's message pages do: the member's own threads only (decided by the service from the token's person),
 * a new thread or a reply with attachments, idempotent by {@code Idempotency-Key}.
 * <p>Attachments go first, one file per request as the raw body ({@code POST .../attachments}, with the same
 * {@code Idempotency-Key} as the message or reply they belong to, the name in {@code X-File-Name}); they are checked
 * by content as on the page (Apache Tika: JPEG, PNG or PDF, {@code hami.upload.max-bytes}) and staged under that
 * key; the message or reply sent with the key then carries them, exactly as the page's form does.
 */
@Path("v1/me/messages")
@ApplicationScoped
@Tag(name = "Messages", description = "Messages with attachments to a unit of an insurer, and their answers")
@SecurityRequirement(name = "bearer")
public class MessagesResource {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** A body over the limit is read (and dropped) up to this much, so the client gets the answer, not a reset. */
    private static final long DRAIN_LIMIT = 128L * 1024 * 1024;

    @Inject
    ApiCallers callers;

    @Inject
    MessageDesk desk;

    @Inject
    MessageFiles files;

    @Context
    HttpServletRequest request;

    /** An insurer a message may go to. */
    public record Insurer(@Schema(example = "3") long id, @Schema(example = "بیمه نوین") String name) {
    }

    /** A thread in the list. */
    public record ThreadSummary(
            @Schema(example = "17") long id,
            @Schema(example = "MSG-7K2P9Q") String trackingCode,
            String insurerName,
            @Schema(enumeration = {"REFERRAL", "CLAIMS", "CUSTOMER_SERVICE"}) String unit,
            String subject,
            @Schema(enumeration = {"OPEN", "ANSWERED", "CLOSED"}) String status,
            Instant createdAt,
            @Schema(example = "1405/09/12") String createdAtJalali,
            Instant lastPostAt) {

        static ThreadSummary of(ThreadRow r) {
            return new ThreadSummary(r.id(), r.trackingCode(), r.insurerName(), r.unit().name(), r.subject(),
                    r.status().name(), r.createdAt(), jalali(r.createdAt()), r.lastPostAt());
        }
    }

    /** An attachment; its file is at {@code GET /api/v1/me/messages/attachments/{id}}. */
    public record Attachment(long id, String name, @Schema(example = "image/jpeg") String contentType, long sizeBytes) {
        static Attachment of(AttachmentView a) {
            return new Attachment(a.id(), a.name(), a.contentType(), a.sizeBytes());
        }
    }

    /** One post of a thread. */
    public record Post(long id, @Schema(enumeration = {"SENDER", "STAFF"}) String author, String authorName,
                       String body, Instant at, @Schema(example = "1405/09/12") String atJalali,
                       List<Attachment> attachments) {
        static Post of(PostView p) {
            return new Post(p.id(), p.author().name(), p.authorName(), p.body(), p.at(), jalali(p.at()),
                    p.attachments().stream().map(Attachment::of).toList());
        }
    }

    /** A whole thread. */
    public record Thread(long id, String trackingCode, String insurerName, String unit, String subject, String status,
                         Instant createdAt, String createdAtJalali, Instant closedAt, List<Post> posts) {
        static Thread of(ThreadView t) {
            return new Thread(t.id(), t.trackingCode(), t.insurerName(), t.unit().name(), t.subject(),
                    t.status().name(), t.createdAt(), jalali(t.createdAt()), t.closedAt(),
                    t.posts().stream().map(Post::of).toList());
        }
    }

    /** A new thread. */
    public record NewThread(
            @Schema(description = "An insurer of GET /api/v1/me/messages/insurers", example = "3") Long insurerId,
            @Schema(enumeration = {"REFERRAL", "CLAIMS", "CUSTOMER_SERVICE"}, example = "REFERRAL") String unit,
            @Schema(example = "درخواست معرفی‌نامه") String subject,
            @Schema(example = "دستور پزشک و کارت ملی پیوست است.") String body) {
    }

    /** A reply. */
    public record Reply(@Schema(example = "مدرک تکمیلی پیوست شد.") String body) {
    }

    /** What a create answers: the thread and whether this was a repeat of an earlier request with the same key. */
    public record Created(long threadId, String trackingCode, boolean repeated) {
    }

    @GET
    @Path("insurers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The insurers a message may go to")
    public Response insurers(@Context Request req) {
        List<Insurer> list = desk.insurers().stream().map((InsurerOption o) -> new Insurer(o.id(), o.name())).toList();
        return Conditional.ok(req, list);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The member's threads, newest first", description = "Paged (?page=0&size=20, at most 50). "
            + "ETag: If-None-Match gives 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "A page of ThreadSummary")
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context Request req) {
        int first = Page.first(page, size);
        int s = Page.size(size);
        long person = callers.current().personId();
        List<ThreadSummary> items = desk.mine(person, first, s).stream().map(ThreadSummary::of).toList();
        return Conditional.ok(req, new Page<>(items, page == null ? 0 : page, s, desk.countMine(person)));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A thread with its posts and attachments")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Thread.class)))
    @APIResponse(responseCode = "404", description = "No such thread of this member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response thread(@PathParam("id") long id, @Context Request req) {
        return Conditional.ok(req, Thread.of(desk.threadOf(id, callers.current().personId())));
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stage an attachment of the message or reply to be sent with this Idempotency-Key",
            description = "The raw file is the body (one file per request; its Content-Type is not trusted: the "
                    + "content decides). JPEG, PNG or PDF up to 5 MB (hami.upload.max-bytes), at most 5 per message. "
                    + "Send the message or reply afterwards with the same Idempotency-Key.")
    @Parameter(name = "X-File-Name", description = "The file's name, percent-encoded UTF-8", example = "order.jpg")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Attachment.class)))
    @APIResponse(responseCode = "400", description = "Empty, too large, not an image or PDF, too many files",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "A message was already sent with this key",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response upload(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @HeaderParam("X-File-Name") String fileName, InputStream body) {
        ApiCaller me = callers.current();
        FormKey key = Idempotency.formKey(me, idempotencyKey);
        long max = files.rule().maxBytes();
        byte[] data = readAtMost(body, max);
        if (desk.postWith(key).isPresent()) {
            throw new ValidationException("api.messages.keyUsed.conflict");
        }
        AttachmentView staged = files.stage(UploadOwner.account(me.username()), key,
                UploadRule.displayName(decode(fileName)), data);
        return Conditional.noStore(Response.Status.CREATED, Attachment.of(staged));
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An attachment's file", description = "Only of the member's own threads.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such attachment of this member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response download(@PathParam("id") long id) {
        Optional<StoredFile> file = files.download(id,
                new MessageFiles.Reader(callers.current().personId(), Set.of()));
        if (file.isEmpty()) {
            throw new ValidationException("messages.notFound");
        }
        StoredFile f = file.get();
        return Response.ok(f.getData(), f.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(f.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a new message to a unit", description = "With the attachments staged under the same "
            + "Idempotency-Key. A repeat with the same key answers the first thread (repeated = true) and makes none. "
            + "The member's name, mobile and email go with it from the profile; an SMS tells the tracking code.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "new",
            value = "{\"insurerId\":3,\"unit\":\"REFERRAL\",\"subject\":\"درخواست معرفی‌نامه\","
                    + "\"body\":\"دستور پزشک و کارت ملی پیوست است.\"}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "200", description = "A repeat: the thread the first request made",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", description = "A field missing or too long, no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response send(@HeaderParam(Idempotency.HEADER) String idempotencyKey, NewThread body) {
        ApiCaller me = callers.current();
        FormKey key = Idempotency.formKey(me, idempotencyKey);
        if (body == null) {
            return ApiProblems.invalidBody("insurerId, unit, subject and body are required").response(0);
        }
        Unit unit = null;
        if (body.unit() != null && !body.unit().isBlank()) {
            try {
                unit = Unit.valueOf(body.unit().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ApiProblems.invalidBody("unit is REFERRAL, CLAIMS or CUSTOMER_SERVICE").response(0);
            }
        }
        NewMessage message = new NewMessage(body.insurerId(), unit, body.subject(), body.body(), null, null, null);
        Sent sent;
        try {
            sent = desk.send(key, message, me.personId(), Requests.clientIp(request));
        } catch (ValidationException e) {
            if (!MessageDesk.KEY_REPEATED.equals(e.key())) {
                throw e;
            }
            // the same key at the same moment: the other request made the thread
            sent = awaitSent(key).orElseThrow(() -> e);
        }
        return Conditional.noStore(sent.repeated() ? Response.Status.OK : Response.Status.CREATED,
                new Created(sent.threadId(), sent.trackingCode(), sent.repeated()));
    }

    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write again in a thread", description = "With the attachments staged under the same "
            + "Idempotency-Key; a repeat with the same key adds nothing. The thread waits for staff again. A closed "
            + "thread refuses.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reply", value = "{\"body\":\"مدرک تکمیلی پیوست شد.\"}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Thread.class)))
    @APIResponse(responseCode = "404", description = "No such thread of this member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response reply(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @PathParam("id") long id,
                          Reply body) {
        ApiCaller me = callers.current();
        FormKey key = Idempotency.formKey(me, idempotencyKey);
        ThreadView view;
        try {
            view = desk.followUp(key, id, me.personId(), body == null ? null : body.body(), Requests.clientIp(request));
        } catch (ValidationException e) {
            if (!MessageDesk.KEY_REPEATED.equals(e.key())) {
                throw e;
            }
            awaitSent(key).orElseThrow(() -> e);
            view = desk.threadOf(id, me.personId());
        }
        return Conditional.noStore(Response.Status.CREATED, Thread.of(view));
    }

    /** The thread that a parallel request with the same key made, once it is committed (a few seconds at most). */
    private Optional<Sent> awaitSent(FormKey key) {
        for (int i = 0; i < 20; i++) {
            Optional<Sent> sent = desk.sentWith(key);
            if (sent.isPresent()) {
                return sent;
            }
            try {
                java.lang.Thread.sleep(100);
            } catch (InterruptedException e) {
                java.lang.Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The body, refused with {@code upload.tooLarge} over {@code max}: never more than {@code max + 1} bytes are
     * kept; the rest of an oversized body is read and dropped (up to a bound) so the client reads the answer.
     */
    static byte[] readAtMost(InputStream in, long max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total <= max) {
                    out.write(buffer, 0, n);
                } else if (total > DRAIN_LIMIT) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new WebApplicationException(ApiProblems.invalidBody("the upload was interrupted").response(0));
        }
        if (total > max) {
            throw new ValidationException("upload.tooLarge", Math.max(1, max / (1024 * 1024)));
        }
        return out.toByteArray();
    }

    private static String decode(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }

    private static String jalali(Instant at) {
        return at == null ? null : Jalali.format(at.atZone(TEHRAN).toLocalDate());
    }
}
