package ir.hami.api;

import ir.hami.claims.BasicInsurance;
import ir.hami.claims.Claim;
import ir.hami.claims.ClaimCatalog;
import ir.hami.claims.ClaimDocument;
import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimRecords;
import ir.hami.claims.ClaimSubmission;
import ir.hami.claims.ClaimTracking;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.MedicalService;
import ir.hami.claims.ServiceType;
import ir.hami.membership.ContractChoice;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.Problem;
import ir.hami.platform.web.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The claim submission wizard of seed 002 as API calls ({@code /api/v1/me/claim-drafts}), each step one call on a
 * draft claim kept by the service, exactly as the page's steps: start (person, contract, service date; with an
 * {@code Idempotency-Key}), the details (service, amount, centre, ...), the images one per request, the main member's
 * mobile confirmed by an SMS code, the submit; a draft can be read back, listed and deleted. Every rule and every
 * Persian refusal is {@link ClaimSubmission}'s and {@link ClaimFiles}'s; a draft is its writer's alone.
 */
@Path("v1/me/claim-drafts")
@ApplicationScoped
@Tag(name = "Claim submission", description = "The submission wizard's steps on a draft claim")
@SecurityRequirement(name = "bearer")
public class ClaimDraftsResource {

    @Inject
    ApiCallers callers;

    @Inject
    ClaimSubmission submission;

    @Inject
    ClaimTracking tracking;

    @Inject
    ClaimFiles files;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    @Context
    HttpServletRequest http;

    // ---------------------------------------------------------------- bodies and answers

    /** Step 1: who, under which contract, when. */
    public record StartRequest(
            @Schema(description = "The insured person (the member or one whose coverage they are the main member of)",
                    example = "1201") Long personId,
            @Schema(description = "A contract in force that takes electronic claims (see /options)", example = "31")
            Long contractId,
            @Schema(description = "Service date as on the invoice, ISO; or serviceDateJalali", example = "2026-11-20")
            String serviceDate,
            @Schema(description = "Service date in the Jalali calendar", example = "1405/08/29")
            String serviceDateJalali,
            @Schema(description = "The draft's version (only when changing step 1 of a draft)") Long version) {
    }

    /** Step 2: the service and what was paid. */
    public record DetailsRequest(
            @Schema(description = "The draft's version as last read", example = "2") Long version,
            @Schema(description = "Province of residence (for the originals)", example = "8") Long provinceId,
            @Schema(description = "The treatment centre; or centerNotFound with centerName", example = "120")
            Long centerId,
            Boolean centerNotFound,
            @Schema(example = "درمانگاه شبانه‌روزی نور") String centerName,
            @Schema(description = "Amount paid, Rials", example = "2500000") Long amount,
            @Schema(example = "1") Long serviceTypeId,
            @Schema(example = "1") Long serviceId,
            @Schema(enumeration = {"SOCIAL_SECURITY", "SALAMAT", "ARMED_FORCES", "OTHER_OR_NONE"}, example = "SALAMAT")
            String basicInsurance,
            @Schema(description = "Physician's medical council code, digits", example = "12345") String councilCode,
            @Schema(description = "An e-prescription? Then ePrescriptionCode") Boolean ePrescription,
            String ePrescriptionCode,
            @Schema(example = "ویزیت") String description) {
    }

    /** A version alone (steps 3 done, submit) with the reason for a likely duplicate. */
    public record SubmitRequest(@Schema(example = "5") Long version,
                                @Schema(description = "Required when the draft looks like an earlier claim")
                                String duplicateReason) {
    }

    /** The SMS code typed back. */
    public record CodeRequest(@Schema(example = "493021") String code) {
    }

    @Schema(description = "The code was sent")
    public record CodeSent(@Schema(example = "0912***4567") String mobile, Instant expiresAt, String message) {
    }

    @Schema(description = "A draft as the wizard shows it")
    public record Draft(long id, long version,
                        @Schema(description = "Step reached, 1 to 5") int step,
                        long personId, String patientName, long contractId, LocalDate serviceDate,
                        String serviceDateJalali, Long provinceId, Long centerId, String centerName,
                        boolean centerNotFound, Long amount, Long serviceTypeId, Long serviceId,
                        String basicInsurance, String councilCode, Boolean ePrescription, String ePrescriptionCode,
                        String description,
                        @Schema(description = "The main member's mobile confirmed by code") boolean mobileConfirmed,
                        List<ClaimViews.Document> documents,
                        @Schema(description = "What the service asks for") List<ClaimViews.Requirement> requirements,
                        @Schema(description = "Mandatory types still without an image") List<ClaimViews.Requirement>
                                missing,
                        @Schema(description = "Tracking code of an earlier claim this one looks like (then send a "
                                + "duplicateReason with the submit)") String duplicateOf) {
    }

    @Schema(description = "The claim submitted")
    public record Submitted(long id, @Schema(example = "1403572911") String trackingCode, String state,
                            String stateTitle, @Schema(description = "Open it at /api/v1/me/claims/{id}") String href) {
    }

    @Schema(description = "What a draft may be made with")
    public record Options(List<Contract> contracts, List<ServiceTypeOption> serviceTypes,
                          @Schema(description = "Rials") long maxAmount, int maxFiles, int maxFileMb) {
    }

    public record Contract(long contractId, String number, String insurerName, String policyholderName,
                           LocalDate start, LocalDate end) {
    }

    public record ServiceTypeOption(long id, String title, List<ServiceOption> services) {
    }

    public record ServiceOption(long id, String title, List<ClaimViews.Requirement> documents) {
    }

    // ---------------------------------------------------------------- reading

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The drafts the member is writing, newest first (at most 10)")
    @APIResponse(responseCode = "200", description = "Drafts (ETag)")
    public Response list(@Context Request request) {
        ClaimViewer viewer = callers.current().claimViewer();
        List<ClaimViews.DraftCard> drafts = tracking.drafts(viewer, ClaimSubmission.MAX_DRAFTS).stream()
                .map(ClaimViews.DraftCard::of).toList();
        return Conditional.ok(request, new Page<>(drafts, 0, ClaimSubmission.MAX_DRAFTS, drafts.size()));
    }

    @GET
    @Path("options")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a claim may be made with", description = "The member's contracts in force that take "
            + "electronic claims, the service types with their services and the documents each asks for, and the "
            + "limits of amounts and images. Persons: the family of a contract (family API).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Options.class)))
    public Response options(@Context Request request) {
        ClaimViewer viewer = callers.current().claimViewer();
        List<Contract> contracts = submission.contracts(viewer).stream().map(ClaimDraftsResource::contract).toList();
        List<ServiceTypeOption> types = catalog.serviceTypes().stream().filter(ServiceType::isActive)
                .map(t -> new ServiceTypeOption(t.getId(), t.getTitle(), catalog.services(t.getId()).stream()
                        .filter(MedicalService::isActive).map(s -> new ServiceOption(s.getId(), s.getTitle(),
                                catalog.requirements(s.getId()).stream().map(ClaimViews.Requirement::of).toList()))
                        .toList()))
                .toList();
        return Conditional.ok(request, new Options(contracts, types,
                ir.hami.claims.ClaimWizardRules.MAX_AMOUNT, files.maxFiles(), files.maxFileMb()));
    }

    private static Contract contract(ContractChoice c) {
        return new Contract(c.contractId(), c.number(), c.insurerName(), c.policyholderName(), c.start(), c.end());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A draft as stored", description = "With its images, what the service asks for, what is "
            + "still missing, and a likely duplicate. A submitted claim is read at /api/v1/me/claims/{id}.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "400", description = "Already submitted", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such draft, or not this member's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response read(@Context Request request, @PathParam("id") long id) {
        ClaimViewer viewer = callers.current().claimViewer();
        return Conditional.ok(request, draft(viewer, submission.draft(viewer, id)));
    }

    private Draft draft(ClaimViewer viewer, Claim c) {
        long id = c.getId();
        List<ClaimCatalog.Requirement> requirements = submission.requirements(viewer, id);
        Map<Long, String> titles = new HashMap<>();
        requirements.forEach(r -> titles.put(r.type().getId(), r.type().getTitle()));
        List<ClaimViews.Document> docs = submission.documents(viewer, id).stream()
                .map(d -> ClaimViews.document(d, titles.computeIfAbsent(d.getDocumentTypeId(),
                        t -> ClaimsResource.typeTitle(catalog, t)), true)).toList();
        List<ClaimViews.Requirement> missing = submission.missingDocuments(viewer, id).stream()
                .map(ClaimViews.Requirement::of).toList();
        String duplicate = submission.duplicate(viewer, id).map(ClaimSubmission.Duplicate::trackingCode)
                .orElse(null);
        return new Draft(id, c.getVersion(), c.getDraftStep(), c.getPersonId(), c.getPatientName(),
                c.getContractId(), c.getServiceDate(), ClaimViews.jalali(c.getServiceDate()),
                c.getResidenceProvinceId(), c.getCenterId(), c.getCenterName(),
                c.getCenterId() == null && c.getCenterName() != null, c.getRequestedAmount(), c.getServiceTypeId(),
                c.getServiceId(), c.getBasicInsurance() == null ? null : c.getBasicInsurance().name(),
                c.getCouncilCode(), c.getServiceId() == null ? null : c.isEPrescription(), c.getEPrescriptionCode(),
                c.getDescription(), c.getMobileConfirmedAt() != null, docs,
                requirements.stream().map(ClaimViews.Requirement::of).toList(), missing, duplicate);
    }

    // ---------------------------------------------------------------- step 1

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a claim (step 1)", description = "A draft for a person of the family under a "
            + "contract, for a service date inside the person's coverage. Requires an Idempotency-Key: the same key "
            + "again (a retry, or two requests at once) answers with the same draft.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "start",
            value = "{\"personId\": 1201, \"contractId\": 31, \"serviceDate\": \"2026-11-20\"}")))
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(schema =
            @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "400", description = "A rule of step 1 (date, contract, coverage) or no "
            + "Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not a person of this family",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response start(@HeaderParam(Idempotency.HEADER) String key, StartRequest body) {
        ApiCaller me = callers.current();
        ClaimViewer viewer = me.claimViewer();
        FormKey formKey = Idempotency.formKey(me, key);
        requireStep1(body);
        LocalDate date = date(body);
        Claim c = ClaimViews.once(() -> submission.start(viewer, formKey, body.personId(), body.contractId(), date));
        return Response.fromResponse(Conditional.noStore(Response.Status.CREATED, draft(viewer,
                        submission.claim(viewer, c.getId()))))
                .location(URI.create("/api/v1/me/claim-drafts/" + c.getId())).build();
    }

    @PUT
    @Path("{id}/subject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change step 1 of a draft", description = "Another person, contract or date; send the "
            + "draft's version.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "change",
            value = "{\"version\": 2, \"personId\": 1202, \"contractId\": 31, \"serviceDateJalali\": \"1405/08/29\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "409", description = "Changed since read", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response changeSubject(@PathParam("id") long id, StartRequest body) {
        ClaimViewer viewer = callers.current().claimViewer();
        requireStep1(body);
        if (body.version() == null) {
            throw invalid("version is required");
        }
        Claim c = submission.changeStep1(viewer, id, body.version(), body.personId(), body.contractId(), date(body));
        return Conditional.noStore(Response.Status.OK, draft(viewer, submission.claim(viewer, c.getId())));
    }

    private static void requireStep1(StartRequest body) {
        if (body == null || body.personId() == null || body.contractId() == null) {
            throw invalid("personId and contractId are required");
        }
    }

    /** The service date, ISO or Jalali; none is the service's "date required". */
    private static LocalDate date(StartRequest body) {
        if (body.serviceDate() != null && !body.serviceDate().isBlank()) {
            try {
                return LocalDate.parse(body.serviceDate().trim());
            } catch (DateTimeParseException e) {
                throw new ValidationException(ir.hami.platform.time.Jalali.KEY_INVALID);
            }
        }
        if (body.serviceDateJalali() != null && !body.serviceDateJalali().isBlank()) {
            return ir.hami.platform.time.Jalali.parse(body.serviceDateJalali());
        }
        return null;
    }

    // ---------------------------------------------------------------- step 2

    @PUT
    @Path("{id}/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The service and what was paid (step 2)", description = "Checked as the page checks it; "
            + "each refusal is a problem with the Persian sentence the page shows beside the field.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "details",
            value = "{\"version\": 1, \"provinceId\": 8, \"centerId\": 120, \"amount\": 2500000, \"serviceTypeId\": 1,"
                    + " \"serviceId\": 1, \"basicInsurance\": \"SALAMAT\", \"councilCode\": \"12345\","
                    + " \"ePrescription\": false, \"description\": \"ویزیت\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "400", description = "A rule of step 2", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Changed since read", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response describe(@PathParam("id") long id, DetailsRequest body) {
        ClaimViewer viewer = callers.current().claimViewer();
        if (body == null || body.version() == null) {
            throw invalid("version is required");
        }
        BasicInsurance basic = null;
        if (body.basicInsurance() != null && !body.basicInsurance().isBlank()) {
            try {
                basic = BasicInsurance.valueOf(body.basicInsurance().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(ir.hami.claims.ClaimWizardRules.BASIC_REQUIRED);
            }
        }
        ClaimSubmission.DetailsForm form = new ClaimSubmission.DetailsForm(body.provinceId(), body.centerId(),
                Boolean.TRUE.equals(body.centerNotFound()), body.centerName(), body.amount(), body.serviceTypeId(),
                body.serviceId(), basic, body.councilCode(), body.ePrescription(), body.ePrescriptionCode(),
                body.description());
        submission.describe(viewer, id, body.version(), form);
        return Conditional.noStore(Response.Status.OK, draft(viewer, submission.claim(viewer, id)));
    }

    // ---------------------------------------------------------------- step 3

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a document image (step 3)", description = "One image per request: the body is the "
            + "file's bytes (JPEG or PNG, told from the content; the Content-Type sent is not trusted; at most "
            + "maxFileMb of /options), its name in X-File-Name (percent-encoded UTF-8). Requires an Idempotency-Key: "
            + "a retried upload answers with the image the first one added and adds nothing.")
    @RequestBody(content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING,
            format = "binary")))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation =
            ClaimViews.Document.class)))
    @APIResponse(responseCode = "400", description = "Not an image (e.g. a PDF named .jpg), too large, empty, a type "
            + "the service does not take, or too many images", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such draft, or not this member's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response addImage(@PathParam("id") long id,
                             @Parameter(description = "The document type (requirements of the draft)", required = true)
                             @QueryParam("documentTypeId") Long documentTypeId,
                             @HeaderParam(Idempotency.HEADER) String key,
                             @HeaderParam(Uploads.FILE_NAME) String fileName, InputStream body) {
        ApiCaller me = callers.current();
        ClaimViewer viewer = me.claimViewer();
        FormKey formKey = Idempotency.formKey(me, key);
        submission.draft(viewer, id);
        if (documentTypeId == null) {
            throw new ValidationException(ClaimFiles.KEY_DOCUMENT_TYPE);
        }
        byte[] data = Uploads.read(body, files.maxFileMb() * 1024L * 1024L);
        String name = Uploads.fileName(fileName, "image.jpg");
        ClaimDocument doc = ClaimViews.once(() -> files.add(viewer, id, documentTypeId, name, data, formKey));
        return Conditional.noStore(Response.Status.CREATED, ClaimViews.document(doc,
                ClaimsResource.typeTitle(catalog, doc.getDocumentTypeId()), true));
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Operation(summary = "A draft's image (also at /api/v1/me/claims/{id}/documents/{documentId})")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", description = "No such image on this draft", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response image(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ClaimViewer viewer = callers.current().claimViewer();
        requireOnDraft(viewer, id, documentId);
        return ClaimsResource.image(files.file(viewer, documentId));
    }

    @DELETE
    @Path("{id}/documents/{documentId}")
    @Operation(summary = "Remove an image of the draft")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such image on this draft", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response removeImage(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        ClaimViewer viewer = callers.current().claimViewer();
        requireOnDraft(viewer, id, documentId);
        files.remove(viewer, documentId);
        return Response.noContent().build();
    }

    private void requireOnDraft(ClaimViewer viewer, long id, long documentId) {
        if (submission.documents(viewer, id).stream().noneMatch(d -> d.getId() == documentId)) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
    }

    @POST
    @Path("{id}/documents/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave step 3", description = "Every mandatory document has an image; else the Persian "
            + "list of what is missing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "done",
            value = "{\"version\": 3}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "400", description = "Documents missing", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response documentsDone(@PathParam("id") long id, SubmitRequest body) {
        ClaimViewer viewer = callers.current().claimViewer();
        if (body == null || body.version() == null) {
            throw invalid("version is required");
        }
        submission.documentsDone(viewer, id, body.version());
        return Conditional.noStore(Response.Status.OK, draft(viewer, submission.claim(viewer, id)));
    }

    // ---------------------------------------------------------------- step 4

    @POST
    @Path("{id}/code")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the confirmation code (step 4)", description = "An SMS code to the family's main "
            + "member's mobile on file, with the portal's limits on codes.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CodeSent.class)))
    @APIResponse(responseCode = "400", description = "No mobile on file, or too many codes",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response sendCode(@PathParam("id") long id) {
        ClaimViewer viewer = callers.current().claimViewer();
        Instant expires = submission.sendCode(viewer, id, Requests.clientIp(http));
        return Conditional.noStore(Response.Status.OK, new CodeSent(submission.mobileOf(viewer, id), expires,
                ClaimViews.fa("claims.new.code.sent")));
    }

    @POST
    @Path("{id}/code/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the code", description = "Persian, Arabic or Latin digits. Wrong, expired and "
            + "too many tries are refused as on the page.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "code",
            value = "{\"code\": \"493021\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Draft.class)))
    @APIResponse(responseCode = "400", description = "Wrong or expired code", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response confirmCode(@PathParam("id") long id, CodeRequest body) {
        ClaimViewer viewer = callers.current().claimViewer();
        submission.confirmCode(viewer, id, body == null ? null : body.code());
        return Conditional.noStore(Response.Status.OK, draft(viewer, submission.claim(viewer, id)));
    }

    // ---------------------------------------------------------------- step 5

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit (step 5)", description = "Every step is checked again; the claim gets its tracking "
            + "code and the main member an SMS. A second submit of the same draft answers with the same claim.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "submit",
            value = "{\"version\": 5}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Submitted.class)))
    @APIResponse(responseCode = "400", description = "A rule (documents missing, mobile not confirmed, a duplicate "
            + "without a reason)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Changed since read", content = @Content(mediaType =
            Problem.MEDIA_TYPE))
    public Response submit(@PathParam("id") long id, SubmitRequest body) {
        ClaimViewer viewer = callers.current().claimViewer();
        if (body == null || body.version() == null) {
            throw invalid("version is required");
        }
        Claim c = submission.submit(viewer, id, body.version(), body.duplicateReason());
        return Conditional.noStore(Response.Status.OK, new Submitted(c.getId(), c.getTrackingCode(),
                c.getState().name(), ClaimViews.fa(c.getState().key()), "/api/v1/me/claims/" + c.getId()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft with its images")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such draft, or not this member's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response discard(@PathParam("id") long id) {
        submission.discard(callers.current().claimViewer(), id);
        return Response.noContent().build();
    }

    private static WebApplicationException invalid(String detail) {
        return new WebApplicationException(ApiProblems.invalidBody(detail).response(0));
    }
}
