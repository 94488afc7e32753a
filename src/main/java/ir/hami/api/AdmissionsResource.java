package ir.hami.api;

import ir.hami.claims.Admission;
import ir.hami.claims.AdmissionDocument;
import ir.hami.claims.AdmissionState;
import ir.hami.claims.Admissions;
import ir.hami.claims.ClaimCatalog;
import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.FormKey;
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
import java.net.URI;
import java.time.Instant;
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
 * The member's admissions (پذیرش, seed 003; {@code /api/v1/me/admissions}): a person's admissions by state, one with
 * its documents, and the member's confirmation («تایید می‌کنم») that completes it; while in progress, images are
 * added and removed and the admission may be deleted. Thin over {@link Admissions}, which decides from the
 * admission's own coverage who may see it: another family's ids are answered 404.
 */
@Path("v1/me/admissions")
@ApplicationScoped
@Tag(name = "Admissions", description = "Batches of documents the member uploads and confirms")
@SecurityRequirement(name = "bearer")
public class AdmissionsResource {

    @Inject
    ApiCallers callers;

    @Inject
    Admissions admissions;

    @Inject
    ClaimCatalog catalog;

    @Inject
    ClaimFiles claimFiles;

    /** The body of a new admission. */
    public record CreateRequest(@Schema(example = "1201") Long personId, @Schema(example = "31") Long contractId,
                                @Schema(example = "بستری بیمارستان میلاد") String title,
                                @Schema(example = "مدارک بستری آبان") String description) {
    }

    @Schema(description = "An admission in a list")
    public record AdmissionCard(long id, String trackingCode, String state, String stateTitle, long personId,
                                long contractId, String title, Instant createdAt, Instant confirmedAt,
                                String rejectReason) {
        static AdmissionCard of(Admission a) {
            return new AdmissionCard(a.getId(), a.getTrackingCode(), a.getState().name(),
                    ClaimViews.fa(a.getState().key()), a.getPersonId(), a.getContractId(), a.getTitle(),
                    a.getCreatedAt(), a.getConfirmedAt(), a.getRejectReason());
        }
    }

    @Schema(description = "A document of an admission; fetch it with the bearer token at href")
    public record AdmissionDocumentView(long id, long documentTypeId, String type, String fileName, String note,
                                        Instant addedAt, String href) {
    }

    @Schema(description = "An admission with its documents")
    public record AdmissionDetails(long id, long version, String trackingCode, String state, String stateTitle,
                                   long personId, String personName, long contractId, String title,
                                   String description, Instant createdAt, Instant confirmedAt, Instant decidedAt,
                                   String rejectReason,
                                   @Schema(description = "Documents may still be added, removed; it may be "
                                           + "confirmed or deleted") boolean editable,
                                   List<AdmissionDocumentView> documents) {
        static AdmissionDetails of(Admissions.Details d) {
            Admission a = d.admission();
            return new AdmissionDetails(a.getId(), a.getVersion(), a.getTrackingCode(), a.getState().name(),
                    ClaimViews.fa(a.getState().key()), a.getPersonId(), d.personName(), a.getContractId(),
                    a.getTitle(), a.getDescription(), a.getCreatedAt(), a.getConfirmedAt(), a.getDecidedAt(),
                    a.getRejectReason(), a.getState() == AdmissionState.IN_PROGRESS,
                    d.documents().stream().map(r -> new AdmissionDocumentView(r.id(), r.typeId(), r.typeTitle(),
                            r.fileName(), r.note(), r.addedAt(), href(a.getId(), r.id()))).toList());
        }
    }

    static String href(long admissionId, long documentId) {
        return "/api/v1/me/admissions/" + admissionId + "/documents/" + documentId;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person's admissions in one state, newest first", description = "The admissions page's "
            + "list: in progress, completed or rejected; the person defaults to the member. A member sees a person's "
            + "admissions made under a coverage they are the main member of (or their own).")
    @APIResponse(responseCode = "200", description = "A page (ETag; send If-None-Match)")
    @APIResponse(responseCode = "304", description = "Unchanged")
    @APIResponse(responseCode = "400", description = "A bad state or page", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response list(@Context Request request, @QueryParam("personId") Long personId,
                         @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"IN_PROGRESS",
                                 "COMPLETED", "REJECTED"})) @QueryParam("state") String state,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        ClaimViewer viewer = me.claimViewer();
        long person = personId == null ? me.personId() : personId;
        AdmissionState s = state(state);
        int first = Page.first(page, size);
        int n = Page.size(size);
        long total = admissions.ofPersonCount(viewer, person, s);
        List<AdmissionCard> items = admissions.ofPerson(viewer, person, s, first, n).stream()
                .map(AdmissionCard::of).toList();
        return Conditional.ok(request, new Page<>(items, first / n, n, total));
    }

    private static AdmissionState state(String state) {
        if (state == null || state.isBlank()) {
            return AdmissionState.IN_PROGRESS;
        }
        try {
            return AdmissionState.valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(ApiProblems.invalidBody("state is IN_PROGRESS, COMPLETED or REJECTED")
                    .response(0));
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admission with its documents")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdmissionDetails.class)))
    @APIResponse(responseCode = "404", description = "No such admission, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response details(@Context Request request, @PathParam("id") long id) {
        return Conditional.ok(request, AdmissionDetails.of(admissions.details(callers.current().claimViewer(), id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an admission", description = "For a person of the family covered today under the "
            + "contract. Requires an Idempotency-Key: a retry answers with the same admission.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "create",
            value = "{\"personId\": 1201, \"contractId\": 31, \"title\": \"بستری بیمارستان میلاد\"}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AdmissionDetails.class)))
    @APIResponse(responseCode = "400", description = "No title, too long, not covered today",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not a person of this family", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response create(@HeaderParam(Idempotency.HEADER) String key, CreateRequest body) {
        ApiCaller me = callers.current();
        ClaimViewer viewer = me.claimViewer();
        FormKey formKey = Idempotency.formKey(me, key);
        if (body == null || body.personId() == null || body.contractId() == null) {
            throw new WebApplicationException(ApiProblems.invalidBody("personId and contractId are required")
                    .response(0));
        }
        Admission a = ClaimViews.once(() -> admissions.create(viewer, new Admissions.Form(body.personId(),
                body.contractId(), body.title(), body.description(), formKey)));
        return Response.fromResponse(Conditional.noStore(Response.Status.CREATED,
                        AdmissionDetails.of(admissions.details(viewer, a.getId()))))
                .location(URI.create("/api/v1/me/admissions/" + a.getId())).build();
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a document image", description = "As for claims: the body is the image's bytes (JPEG "
            + "or PNG, told from the content), its name in X-File-Name; an Idempotency-Key is required and a retry "
            + "adds nothing. Only while the admission is in progress.")
    @RequestBody(content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING,
            format = "binary")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation =
            AdmissionDocumentView.class)))
    @APIResponse(responseCode = "400", description = "Not an image, too large, too many, already confirmed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such admission, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addDocument(@PathParam("id") long id,
                                @Parameter(required = true) @QueryParam("documentTypeId") Long documentTypeId,
                                @Parameter(description = "A short note about the image") @QueryParam("note")
                                String note,
                                @HeaderParam(Idempotency.HEADER) String key,
                                @HeaderParam(Uploads.FILE_NAME) String fileName, InputStream body) {
        ApiCaller me = callers.current();
        ClaimViewer viewer = me.claimViewer();
        FormKey formKey = Idempotency.formKey(me, key);
        admissions.visible(viewer, id);
        if (documentTypeId == null) {
            throw new ValidationException(ClaimFiles.KEY_DOCUMENT_TYPE);
        }
        byte[] data = Uploads.read(body, claimFiles.maxFileMb() * 1024L * 1024L);
        String name = Uploads.fileName(fileName, "image.jpg");
        AdmissionDocument d = ClaimViews.once(() -> admissions.addDocument(viewer, id, documentTypeId, note, name,
                data, formKey));
        return Conditional.noStore(Response.Status.CREATED, new AdmissionDocumentView(d.getId(),
                d.getDocumentTypeId(), ClaimsResource.typeTitle(catalog, d.getDocumentTypeId()), d.getFileName(),
                d.getNote(), d.getAddedAt(), href(id, d.getId())));
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Operation(summary = "A document image of the admission")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", description = "No such image on this admission, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response image(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ClaimViewer viewer = callers.current().claimViewer();
        requireOnAdmission(viewer, id, documentId);
        return ClaimsResource.image(admissions.file(viewer, documentId));
    }

    @DELETE
    @Path("{id}/documents/{documentId}")
    @Operation(summary = "Remove a document while the admission is in progress")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Already confirmed", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such image on this admission", content = @Content(
            mediaType = Problem.MEDIA_TYPE))
    public Response removeDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ClaimViewer viewer = callers.current().claimViewer();
        requireOnAdmission(viewer, id, documentId);
        admissions.removeDocument(viewer, documentId);
        return Response.noContent().build();
    }

    private void requireOnAdmission(ClaimViewer viewer, long id, long documentId) {
        if (admissions.documents(viewer, id).stream().noneMatch(d -> d.getId() == documentId)) {
            throw new ValidationException(Admissions.REFUSED);
        }
    }

    @POST
    @Path("{id}/confirm")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "«تایید می‌کنم»: complete the admission", description = "It then goes to the assessors and "
            + "can no longer be changed. Needs at least one document. Confirming a completed admission again is "
            + "refused (400).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdmissionDetails.class)))
    @APIResponse(responseCode = "400", description = "No document, or already confirmed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such admission, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response confirm(@PathParam("id") long id) {
        ClaimViewer viewer = callers.current().claimViewer();
        admissions.confirm(viewer, id);
        return Conditional.noStore(Response.Status.OK, AdmissionDetails.of(admissions.details(viewer, id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an admission in progress with its documents")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Already confirmed", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such admission, or not this family's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") long id) {
        admissions.delete(callers.current().claimViewer(), id);
        return Response.noContent().build();
    }
}
