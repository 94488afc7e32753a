package ir.hami.api;

import ir.hami.claims.ClaimCatalog;
import ir.hami.claims.ClaimDocument;
import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimFilter;
import ir.hami.claims.ClaimRecords;
import ir.hami.claims.ClaimTracking;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.DocumentType;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.web.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The member's claims ({@code /api/v1/me/claims}): one person's list by the claims page's state filters and tracking
 * code search, a claim's details with its timeline, items, deductions and payment, its document images, and fixing a
 * deficiency (images into the round asked for, then «ارسال مجدد»). Thin over {@link ClaimTracking} and
 * {@link ClaimFiles}, which decide from the claim's own coverage what this member may see: another family's ids are
 * answered 404, as ids that do not exist.
 */
@Path("v1/me/claims")
@ApplicationScoped
@Tag(name = "Claims", description = "The member's claims: list, details, documents, deficiency fix")
@SecurityRequirement(name = "bearer")
public class ClaimsResource {

    @Inject
    ApiCallers callers;

    @Inject
    ClaimTracking tracking;

    @Inject
    ClaimFiles files;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    /** The body of a deficiency fix. */
    public record FixRequest(
            @Schema(description = "The claim's version as last read", example = "7") Long version,
            @Schema(description = "A note to the assessor (optional, at most 1000 characters)",
                    example = "تصویر نسخه پزشک اضافه شد") String note) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person's claims, newest first", description = "The claims page's list: one insured "
            + "person of the family (default: the member), a state filter and a search by tracking code (Persian or "
            + "Latin digits, the whole code or its beginning). Drafts are listed by GET /api/v1/me/claim-drafts. "
            + "total counts at most 1001 (a longer history says 'more than 1000').")
    @APIResponse(responseCode = "200", description = "A page of claim cards (ETag; send If-None-Match)")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @APIResponse(responseCode = "400", description = "A bad filter, search or page",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not a person whose claims this member may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Context Request request,
                         @Parameter(description = "The insured person (default: the member)") @QueryParam("personId")
                         Long personId,
                         @Parameter(description = "State filter", schema = @Schema(type = SchemaType.STRING,
                                 enumeration = {"ALL", "AWAITING_ASSESSMENT", "AWAITING_ORIGINALS",
                                         "ORIGINALS_DELIVERED", "IN_PAYMENT", "PAID", "REJECTED", "DEFICIENCY"}))
                         @QueryParam("filter") String filter,
                         @Parameter(description = "Tracking code or its beginning", example = "1403")
                         @QueryParam("search") String search,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        ClaimViewer viewer = me.claimViewer();
        long person = personId == null ? me.personId() : personId;
        ClaimFilter f = filter(filter);
        int first = Page.first(page, size);
        int s = Page.size(size);
        long total = tracking.count(viewer, person, f, search);
        List<ClaimViews.ClaimCard> items = tracking.page(viewer, person, f, search, first, s).stream()
                .map(ClaimViews.ClaimCard::of).toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    static ClaimFilter filter(String filter) {
        if (filter == null || filter.isBlank()) {
            return ClaimFilter.ALL;
        }
        try {
            ClaimFilter f = ClaimFilter.valueOf(filter.trim().toUpperCase(Locale.ROOT));
            if (f != ClaimFilter.DRAFTS) {
                return f;
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new WebApplicationException(ApiProblems.invalidBody("filter is one of ALL, AWAITING_ASSESSMENT, "
                + "AWAITING_ORIGINALS, ORIGINALS_DELIVERED, IN_PAYMENT, PAID, REJECTED, DEFICIENCY").response(0));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A claim with everything its page shows", description = "State, timeline with its Persian "
            + "sentences, items, deductions by kind (each line with its explanation), the amounts each explained, "
            + "the payment (IBAN masked), remarks, document images by round (href) and the history.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            ClaimViews.ClaimDetails.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such claim, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response details(@Context Request request, @PathParam("id") long id) {
        ClaimViewer viewer = callers.current().claimViewer();
        return Conditional.ok(request, ClaimViews.ClaimDetails.of(tracking.details(viewer, id)));
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Operation(summary = "A document image of the claim", description = "The image as stored, with the type told "
            + "from its bytes when it was uploaded.")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", description = "No such image on this claim, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response image(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ClaimViewer viewer = callers.current().claimViewer();
        requireOnClaim(viewer, id, documentId);
        return image(files.file(viewer, documentId));
    }

    static Response image(StoredFile file) {
        if (file == null) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        return Response.ok(file.getData(), file.getContentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox")
                .header("Cache-Control", "private, no-store").build();
    }

    /** The image is one of this claim's, which the viewer may see; else the claims' one refusal. */
    private void requireOnClaim(ClaimViewer viewer, long claimId, long documentId) {
        records.visible(viewer, claimId);
        if (records.documents(claimId).stream().noneMatch(d -> d.getId() == documentId)) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an image asked for in a deficiency", description = "One image per request: the body is "
            + "the file's bytes (JPEG or PNG, told from the content; the Content-Type sent is not trusted), its name "
            + "in the X-File-Name header (percent-encoded UTF-8). Requires an Idempotency-Key: a retried upload "
            + "answers with the image the first one added. Only while the claim is in DEFICIENCY; then send the fix.")
    @RequestBody(content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING,
            format = "binary")))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation =
            ClaimViews.Document.class)))
    @APIResponse(responseCode = "400", description = "Not an image, too large, a type the service does not take, "
            + "too many images, or the claim is not asking for documents",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such claim, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addImage(@PathParam("id") long id,
                             @Parameter(description = "The document type (deficiencyDocumentTypes of the claim)",
                                     required = true) @QueryParam("documentTypeId") Long documentTypeId,
                             @HeaderParam(Idempotency.HEADER) String key,
                             @HeaderParam(Uploads.FILE_NAME) String fileName, InputStream body) {
        ApiCaller me = callers.current();
        ClaimViewer viewer = me.claimViewer();
        var formKey = Idempotency.formKey(me, key);
        if (documentTypeId == null) {
            throw new ValidationException(ClaimFiles.KEY_DOCUMENT_TYPE);
        }
        byte[] data = Uploads.read(body, files.maxFileMb() * 1024L * 1024L);
        String name = Uploads.fileName(fileName, "image.jpg");
        ClaimDocument doc = ClaimViews.once(() -> files.add(viewer, id, documentTypeId, name, data, formKey));
        return Conditional.noStore(Response.Status.CREATED, ClaimViews.document(doc, typeTitle(catalog,
                doc.getDocumentTypeId()), true));
    }

    static String typeTitle(ClaimCatalog catalog, long typeId) {
        return catalog.documentType(typeId).map(DocumentType::getTitle).orElse("");
    }

    @DELETE
    @Path("{id}/documents/{documentId}")
    @Operation(summary = "Remove an image of the round being asked for",
            description = "Images sent before (earlier rounds) are the assessor's record and stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "An image of an earlier round",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such image on this claim, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response removeImage(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ClaimViewer viewer = callers.current().claimViewer();
        requireOnClaim(viewer, id, documentId);
        files.remove(viewer, documentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/deficiency-fix")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the claim back to the assessor («ارسال مجدد»)", description = "After at least one "
            + "image was added to the round asked for. The claim becomes DEFICIENCY_FIXED and the family is told by "
            + "SMS. Send the version of the claim last read; a claim changed meanwhile is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "fix",
            value = "{\"version\": 7, \"note\": \"تصویر نسخه پزشک اضافه شد\"}")))
    @APIResponse(responseCode = "200", description = "The claim as it is now", content = @Content(schema =
            @Schema(implementation = ClaimViews.ClaimDetails.class)))
    @APIResponse(responseCode = "400", description = "No new image, or the claim is not in a deficiency",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such claim, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Changed since read",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response fixDeficiency(@PathParam("id") long id, FixRequest body) {
        ClaimViewer viewer = callers.current().claimViewer();
        if (body == null || body.version() == null) {
            throw new WebApplicationException(ApiProblems.invalidBody("version is required").response(0));
        }
        tracking.fixDeficiency(viewer, id, body.version(), body.note());
        return Conditional.noStore(Response.Status.OK, ClaimViews.ClaimDetails.of(tracking.details(viewer, id)));
    }
}
