package ir.hami.api;

import ir.hami.platform.ValidationException;
import ir.hami.platform.config.PortalConfig;
import ir.hami.platform.files.StagedUpload;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.security.Role;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.Problem;
import ir.hami.referral.MemberRequestForm;
import ir.hami.referral.ReferralAttachment;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralDetails;
import ir.hami.referral.ReferralEvent;
import ir.hami.referral.ReferralQueue;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.ReferralRow;
import ir.hami.referral.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * Online referral letters of the members' app (seed 004): the requests of a person of the family, one request with
 * its letter and history, a new request with the doctor's order and national card images, cancel, and the documents
 * the referral unit asked for. Images are uploaded first, one per request as the raw body ({@link Uploads}), and
 * checked by their bytes as on the pages; the create and the documents name the uploads by id. Thin over
 * {@link ReferralDesk} and {@link ReferralQueue}, which decide whose requests the caller may see and for whom they
 * may ask (another family's person or request is 404).
 */
@Path("v1/me/referrals")
@ApplicationScoped
@Tag(name = "Referral letters", description = "Requests for referral letters (معرفی‌نامه)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    @Inject
    ApiCallers callers;

    @Inject
    ReferralDesk desk;

    @Inject
    ReferralQueue queue;

    @Inject
    Staging staging;

    @Inject
    PortalConfig config;

    @Context
    Request request;

    /** A line of the list. */
    public record Row(
            @Schema(example = "5012") long id,
            @Schema(description = "Tracking code (کد رهگیری)", example = "1000050126") String trackingCode,
            Instant requestedAt, String requestedAtJalali,
            @Schema(example = "2026-12-10") LocalDate admissionDate, String admissionDateJalali,
            String physician, String cause,
            @Schema(example = "SUBMITTED") String status,
            @Schema(example = "در انتظار بررسی") String statusFa,
            String patientName, String center, String insurer,
            @Schema(description = "Set once issued", example = "1405-00005012") String letterNumber,
            long version) {

        static Row of(ReferralRow r) {
            return new Row(r.id(), r.trackingCode(), r.requestedAt(), jalali(r.requestedAt()), r.admissionDate(),
                    FamilyResource.jalali(r.admissionDate()), r.physician(), r.cause(), r.status().name(),
                    FamilyResource.fa("referral.status." + r.status().name()), r.patientName(), r.centerName(),
                    r.insurerName(), r.letterNumber(), r.version());
        }
    }

    /** A step of the request's history. */
    public record Step(Instant at, String atJalali, String action, String actionFa, String fromStatus,
                       String toStatus, String note) {
        static Step of(ReferralEvent e) {
            return new Step(e.getAt(), jalali(e.getAt()), e.getAction().name(),
                    FamilyResource.fa("referral.action." + e.getAction().name()),
                    e.getFromStatus() == null ? null : e.getFromStatus().name(),
                    e.getToStatus() == null ? null : e.getToStatus().name(), e.getNote());
        }
    }

    /** A file attached to the request. */
    public record Attachment(long id, String kind, String kindFa, Instant addedAt) {
        static Attachment of(ReferralAttachment a) {
            return new Attachment(a.getId(), a.getKind().name(),
                    FamilyResource.fa("referral.attachment." + a.getKind().name()), a.getAddedAt());
        }
    }

    /** One request: its state, the letter once issued, the exam, the attachments and the timeline. */
    public record Details(
            long id, String trackingCode, String status, String statusFa,
            @Schema(description = "Whether the member may still cancel it") boolean cancellable,
            @Schema(description = "Whether the unit waits for documents (POST .../documents)") boolean documentsRequested,
            long personId, String patientName, String nationalId, long contractId, String contractNumber,
            String insurer, String policyholder, long centerId, String center, String centerAddress,
            String procedure, String cause, String physician, LocalDate admissionDate, String admissionDateJalali,
            Instant requestedAt, String requestedAtJalali,
            @Schema(example = "1405-00005012") String letterNumber,
            @Schema(description = "Code printed on the letter to verify it") String verificationCode,
            LocalDate letterValidFrom, String letterValidFromJalali, LocalDate letterValidTo,
            String letterValidToJalali, String coveredProcedure,
            @Schema(description = "Commitment ceiling of the letter, Rials") Long commitmentCeiling,
            Integer franchisePercent, String unitNote, boolean examRequired, String examPhysician,
            LocalDate examDate, String examDateJalali, String examTime, String examPlace,
            @Schema(description = "Send it as version when cancelling") long version,
            List<Attachment> attachments, List<Step> timeline) {

        static Details of(ReferralDetails d) {
            ReferralRequest r = d.request();
            return new Details(r.getId(), r.getTrackingCode(), r.getStatus().name(),
                    FamilyResource.fa("referral.status." + r.getStatus().name()), r.getStatus().isCancellable(),
                    r.getStatus() == ir.hami.referral.ReferralStatus.DOCUMENTS_REQUESTED, r.getPersonId(),
                    r.getPatientName(), r.getNationalId(), r.getContractId(), d.contractNumber(), d.insurerName(),
                    d.policyholderName(), r.getCenterId(), d.centerName(), d.centerAddress(), d.procedureTitle(),
                    r.getCause(), r.getPhysician(), r.getAdmissionDate(), FamilyResource.jalali(r.getAdmissionDate()),
                    r.getRequestedAt(), jalali(r.getRequestedAt()), r.getLetterNumber(), r.getVerificationCode(),
                    r.getLetterValidFrom(), FamilyResource.jalali(r.getLetterValidFrom()), r.getLetterValidTo(),
                    FamilyResource.jalali(r.getLetterValidTo()), r.getCoveredProcedure(), r.getCommitmentCeiling(),
                    r.getFranchisePercent(), r.getUnitNote(), r.isExamRequired(), r.getExamPhysician(),
                    r.getExamDate(), FamilyResource.jalali(r.getExamDate()), r.getExamTime(), r.getExamPlace(),
                    r.getVersion(), d.attachments().stream().map(Attachment::of).toList(),
                    d.events().stream().map(Step::of).toList());
        }
    }

    /** A new request. */
    public record NewReferral(
            @Schema(description = "The person (of the insured picker)", example = "9001") Long personId,
            @Schema(description = "The contract it is under", example = "4102") Long contractId,
            @Schema(description = "A centre that issues letters (GET /api/v1/me/centers?issuesReferrals=true)",
                    example = "77") Long centerId,
            @Schema(description = "Planned admission, ISO date (today to 90 days ahead)", example = "2026-12-10")
            String admissionDate,
            @Schema(example = "دکتر رضایی") String physician,
            @Schema(description = "A procedure of the list, optional") Long procedureId,
            @Schema(example = "جراحی زانو") String cause,
            @Schema(description = "uploadId of the doctor's order image") Long doctorOrderUploadId,
            @Schema(description = "uploadId of the national card image") Long nationalCardUploadId) {
    }

    /** Files uploaded before, by their uploadId. */
    public record Documents(List<Long> uploadIds) {
    }

    /** A file staged for a request (kept for hours until a request names it). */
    public record Upload(@Schema(example = "812") long uploadId, String fileName,
                         @Schema(description = "Detected from the bytes", example = "image/jpeg") String contentType,
                         long size) {
    }

    // ------------------------------------------------------------------ reading

    @GET
    @Operation(summary = "Requests of a person", description = "Newest first; search by tracking code or text. "
            + "Oneself, or a person of the family whose records the member may see (those made under their "
            + "coverage, also after it ended).")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "404", description = "Not a person the member may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Parameter(description = "The person (default: the member)") @QueryParam("person") Long person,
                         @QueryParam("search") String search, @QueryParam("page") Integer page,
                         @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        int first = Page.first(page, size);
        int s = Page.size(size);
        long personId = person == null ? me.personId() : person;
        Viewer viewer = viewer(me);
        long total = queue.ofPersonCount(viewer, personId, search);
        List<Row> items = queue.ofPerson(viewer, personId, search, first, s).stream().map(Row::of).toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request", description = "State, letter number and validity once issued, the exam, "
            + "the attachments and the timeline.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response details(@PathParam("id") long id) {
        ApiCaller me = callers.current();
        return Conditional.ok(request, Details.of(desk.details(viewer(me), id)));
    }

    // ------------------------------------------------------------------ writing

    @POST
    @Path("uploads")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload an image for a request", description = "One file per request, its bytes as the "
            + "body, its name in the X-File-Name header (percent-encoded UTF-8). JPEG, PNG or PDF, checked by "
            + "content (the Content-Type sent is not trusted; a name whose extension disagrees with the content is "
            + "refused), at most hami.upload.max-bytes (5 MB by default). Answers an uploadId to name in a new "
            + "request or in documents; unused uploads are dropped after some hours.")
    @RequestBody(content = @Content(mediaType = "image/jpeg"))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Upload.class)))
    @APIResponse(responseCode = "400", description = "Empty, too large, not an image or PDF, over the quota",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response upload(@HeaderParam(Uploads.FILE_NAME) String name, InputStream body) {
        ApiCaller me = callers.current();
        UploadRule rule = UploadRule.documents(config.getUploadMaxBytes());
        byte[] bytes = Uploads.read(body, rule.maxBytes());
        String fileName = Uploads.fileName(name, "document");
        String type = rule.check(bytes);
        requireMatchingName(fileName, type);
        StagedUpload f = staging.stage(UploadOwner.account(me.username()), FormKey.random(), Staging.ANY_SLOT,
                fileName, bytes, rule);
        return Conditional.noStore(Response.Status.CREATED, new Upload(f.getId(), f.getFileName(),
                f.getContentType(), f.getSizeBytes()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a referral letter", description = "For a person the member may act for (the "
            + "insured picker), under a contract in force, at a centre that issues letters, with the doctor's order "
            + "and national card uploaded before. Requires Idempotency-Key: the same key again answers the first "
            + "request (200), never a second one.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "request",
            value = "{\"personId\":9001,\"contractId\":4102,\"centerId\":77,\"admissionDate\":\"2026-12-10\","
                    + "\"physician\":\"دکتر رضایی\",\"cause\":\"جراحی زانو\",\"doctorOrderUploadId\":812,"
                    + "\"nationalCardUploadId\":813}")))
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "200", description = "Made before with this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "400", description = "A field refused (Persian title says which)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not a person the member may act for",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@HeaderParam(Idempotency.HEADER) String key, NewReferral body) {
        ApiCaller me = callers.current();
        FormKey formKey = Idempotency.formKey(me, key);
        Viewer viewer = viewer(me);
        Optional<ReferralRequest> earlier = desk.byClientKey(me.username(), formKey);
        if (earlier.isPresent()) {
            return Conditional.noStore(Response.Status.OK, Details.of(desk.details(viewer, earlier.get().getId())));
        }
        if (body == null || body.personId() == null || body.contractId() == null) {
            throw new WebApplicationException(ApiProblems.invalidBody("personId and contractId are required")
                    .response(0));
        }
        MemberRequestForm form = new MemberRequestForm(body.personId(), body.contractId(), body.centerId(),
                date(body.admissionDate()), body.physician(), body.procedureId(), body.cause(),
                body.doctorOrderUploadId(), body.nationalCardUploadId(), formKey);
        ReferralRequest made;
        try {
            made = desk.submitByMember(viewer, form);
        } catch (RuntimeException e) {
            // two requests with one key raced past the check: the second stopped at the key or the files
            Optional<ReferralRequest> first = desk.byClientKey(me.username(), formKey);
            if (first.isEmpty()) {
                throw e;
            }
            return Conditional.noStore(Response.Status.OK, Details.of(desk.details(viewer, first.get().getId())));
        }
        return Response.fromResponse(Conditional.noStore(Response.Status.CREATED,
                Details.of(desk.details(viewer, made.getId())))).header("Location",
                "/api/v1/me/referrals/" + made.getId()).build();
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a request", description = "Only while nobody has decided it (submitted, or "
            + "documents requested); else 400 (referral-not-allowed). With ?version= (from the details) a "
            + "request changed meanwhile is refused with 409.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "Not cancellable (any more)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Changed since the version sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response cancel(@PathParam("id") long id,
                           @Parameter(description = "The version the member saw") @QueryParam("version") Long version) {
        ApiCaller me = callers.current();
        Viewer viewer = viewer(me);
        if (version != null && desk.details(viewer, id).request().getVersion() != version) {
            throw new ValidationException(ReferralDesk.CONFLICT);
        }
        desk.cancel(viewer, id);
        return Conditional.noStore(Response.Status.OK, Details.of(desk.details(viewer, id)));
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the documents the unit asked for", description = "Only while the request waits for "
            + "documents (documentsRequested); the files are uploads made before. The request goes back to the unit.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "documents", value = "{\"uploadIds\":[814,815]}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Details.class)))
    @APIResponse(responseCode = "400", description = "No files, an upload that is not the member's, or the "
            + "request does not wait for documents", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response documents(@PathParam("id") long id, Documents body) {
        ApiCaller me = callers.current();
        Viewer viewer = viewer(me);
        desk.addDocuments(viewer, id, body == null || body.uploadIds() == null ? List.of() : body.uploadIds());
        return Conditional.noStore(Response.Status.OK, Details.of(desk.details(viewer, id)));
    }

    // ------------------------------------------------------------------ helpers

    static Viewer viewer(ApiCaller me) {
        return new Viewer(Role.MEMBER, me.username(), me.personId(), null);
    }

    /** A file named .jpg, .jpeg, .png or .pdf must be what its name says (a PDF renamed .jpg is refused). */
    static void requireMatchingName(String fileName, String detected) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String expected = lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg"
                : lower.endsWith(".png") ? "image/png" : lower.endsWith(".pdf") ? "application/pdf" : null;
        if (expected != null && !expected.equals(detected)) {
            throw new ValidationException("api.upload.mismatch");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(ApiProblems.invalidBody("admissionDate is an ISO date, e.g. 2026-12-10")
                    .response(0));
        }
    }

    private static String jalali(Instant at) {
        return at == null ? null : FamilyResource.jalali(at.atZone(ir.hami.platform.ClockProducer.TEHRAN).toLocalDate());
    }
}
