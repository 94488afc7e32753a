package ir.hami.api;

import ir.hami.claims.CeilingLine;
import ir.hami.claims.Ceilings;
import ir.hami.claims.MedicalFile;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilySearch;
import ir.hami.membership.FamilyService;
import ir.hami.membership.InsuredChoice;
import ir.hami.membership.MemberInquiry;
import ir.hami.platform.ValidationException;
import ir.hami.platform.money.Rial;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Messages;
import ir.hami.platform.web.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Family and contracts of the members' app (seeds 003 and 004): the member's contracts, the family table of each,
 * the insured picker, the inquiry card, what is left of each ceiling and the medical file. Thin over
 * {@link FamilyService}, {@link Ceilings} and {@link MedicalFile}, which decide whom the caller may see exactly as
 * for the pages; a person or contract of another family is answered 404 (nobody learns which ids exist).
 */
@Path("v1/me/family")
@ApplicationScoped
@Tag(name = "Family", description = "Contracts, family, insured picker, inquiry card, ceilings, medical file")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyResource {

    /** The most persons the picker lists per contract (as the pages' choosers). */
    static final int PICKER_MAX = 50;

    @Inject
    ApiCallers callers;

    @Inject
    FamilyService family;

    @Inject
    Ceilings ceilings;

    @Inject
    MedicalFile medicalFile;

    @Context
    Request request;

    // ------------------------------------------------------------------ DTOs

    /** One of the member's contracts. */
    public record Contract(
            @Schema(example = "4102") long id,
            @Schema(description = "Policy number", example = "C-1403-118") String number,
            @Schema(example = "بیمه نوین") String insurer,
            @Schema(example = "3") long insurerId,
            @Schema(description = "Policyholder (بیمه‌گذار)", example = "شرکت فولاد") String policyholder,
            @Schema(example = "2026-03-21") LocalDate start,
            @Schema(example = "1405/01/01") String startJalali,
            @Schema(example = "2027-03-20") LocalDate end,
            @Schema(example = "1405/12/29") String endJalali,
            @Schema(description = "Whether the member's coverage in it is in force today") boolean active,
            @Schema(description = "The member's own relation in it", example = "SELF") String relation,
            @Schema(description = "Membership type of the contract", example = "INSURANCE_COMPANY")
            String membershipType) {
    }

    /** The member's contracts. */
    public record Contracts(List<Contract> contracts) {
    }

    /** A person of a family table. */
    public record FamilyPerson(
            @Schema(example = "9001") long personId,
            @Schema(description = "National ID, 10 digits", example = "0012345679") String nationalId,
            @Schema(example = "زهرا") String firstName,
            @Schema(example = "تست‌زاده") String lastName,
            @Schema(example = "زهرا تست‌زاده") String fullName,
            @Schema(example = "SPOUSE") String relation,
            @Schema(example = "همسر") String relationFa,
            @Schema(example = "M-1200") String memberCode,
            @Schema(example = "2026-03-21") LocalDate coverageFrom,
            @Schema(example = "1405/01/01") String coverageFromJalali,
            @Schema(example = "2027-03-20") LocalDate coverageTo,
            @Schema(example = "1405/12/29") String coverageToJalali,
            @Schema(description = "Whether the coverage is in force today") boolean active,
            @Schema(description = "Whether the member may act for this person (choose, inquiry, new requests)")
            boolean mayActFor) {

        static FamilyPerson of(FamilyMember m, long viewer) {
            return new FamilyPerson(m.personId(), m.nationalId(), m.firstName(), m.lastName(), m.fullName(),
                    m.relation().name(), fa("relation." + m.relation().name()), m.memberCode(), m.coverageFrom(),
                    jalali(m.coverageFrom()), m.coverageTo(), jalali(m.coverageTo()), m.active(),
                    FamilyService.mayChoose(viewer, m));
        }
    }

    /** The persons the member may act for under one contract. */
    public record PickerContract(Contract contract, List<FamilyPerson> persons) {
    }

    /** The insured picker: per contract, the persons the member may act for. */
    public record Picker(List<PickerContract> contracts) {
    }

    /** The insured person chosen, as the app should keep it. */
    public record Chosen(long contractId, long personId, String personName, String contractNumber,
                         String policyholder) {
    }

    /** A cover of the plan on the inquiry card. */
    public record InquiryCover(String title, long annualCeiling, int franchisePercent) {
    }

    /** The inquiry card (استعلام اعضای تحت پوشش). */
    public record Inquiry(
            long personId, String fullName, String fatherName, String gender, String birthCertificateNo,
            String nationalId, Integer age, LocalDate birthDate, String birthDateJalali, String relation,
            String relationFa, String memberCode, long contractId, String contractNumber, String policyholder,
            String insurer, LocalDate policyStart, String policyStartJalali, LocalDate policyEnd,
            String policyEndJalali, @Schema(example = "IR820540102680020817909002") String iban, String phone,
            String mobile, List<InquiryCover> covers) {

        static Inquiry of(MemberInquiry q) {
            return new Inquiry(q.personId(), q.fullName(), q.fatherName(),
                    q.gender() == null ? null : q.gender().name(), q.birthCertificateNo(), q.nationalId(), q.age(),
                    q.birthDate(), jalali(q.birthDate()), q.relation().name(), fa("relation." + q.relation().name()),
                    q.memberCode(), q.contractId(), q.contractNumber(), q.policyholderName(), q.insurerName(),
                    q.policyStart(), jalali(q.policyStart()), q.policyEnd(), jalali(q.policyEnd()), q.iban(),
                    q.phone(), q.mobile(), q.covers().stream()
                    .map(c -> new InquiryCover(c.title(), c.annualCeiling(), c.franchisePercent())).toList());
        }
    }

    /** What is left of one cover's ceiling, exact Rials. */
    public record Ceiling(
            long coverId, String title, String kind,
            @Schema(description = "Shared by the whole family") boolean familyCeiling,
            @Schema(example = "50000000") long ceiling,
            @Schema(example = "12000000") long used,
            @Schema(example = "38000000") long remaining,
            @Schema(example = "0") long overUsed,
            @Schema(example = "24") int percentUsed,
            @Schema(example = "از سقف ۵۰٬۰۰۰٬۰۰۰ ریال این پوشش، ۱۲٬۰۰۰٬۰۰۰ ریال مصرف شده و ۳۸٬۰۰۰٬۰۰۰ ریال باقی مانده است.")
            String explanationFa,
            @Schema(description = "Said only when more than the ceiling was used") String overExplanationFa) {

        static Ceiling of(CeilingLine l) {
            String sentence = Messages.text(l.familyCeiling() ? "extras.ceilings.sentence.family"
                            : "extras.ceilings.sentence", new Object[]{rial(l.ceiling()), rial(l.used()),
                            rial(l.remaining())}, LocaleBean.PERSIAN);
            String over = l.overUsed() > 0 ? Messages.text("extras.ceilings.over",
                    new Object[]{rial(l.overUsed())}, LocaleBean.PERSIAN) : null;
            return new Ceiling(l.coverId(), l.title(), l.kind() == null ? null : l.kind().name(), l.familyCeiling(),
                    l.ceiling(), l.used(), l.remaining(), l.overUsed(), l.percentUsed(), sentence, over);
        }
    }

    /** The ceilings of a person under a contract. */
    public record CeilingsAnswer(long personId, long contractId, List<Ceiling> covers, String noteFa) {
    }

    /** A prescription of the medical file (one assessed claim). */
    public record Prescription(long claimId, String trackingCode, LocalDate serviceDate, String serviceDateJalali,
                               String center, String physician, String councilCode, String claimState, String state,
                               String stateFa, long requested, Long payable, long items) {
        static Prescription of(MedicalFile.Prescription p) {
            return new Prescription(p.claimId(), p.trackingCode(), p.serviceDate(), jalali(p.serviceDate()),
                    p.centerName(), p.physician(), p.councilCode(), p.claimState().name(), p.getState().name(),
                    fa(p.getState().getKey()), p.requested(), p.payable(), p.items());
        }
    }

    /** A drug or a service of the medical file. */
    public record Item(long id, long claimId, String trackingCode, String kind, String title, String physician,
                       String councilCode, LocalDate prescribedOn, String prescribedOnJalali, int quantity,
                       long total, long payable) {
        static Item of(MedicalFile.Item i) {
            return new Item(i.id(), i.claimId(), i.trackingCode(), i.kind().name(), i.title(), i.physician(),
                    i.councilCode(), i.prescribedOn(), jalali(i.prescribedOn()), i.quantity(), i.total(),
                    i.payable());
        }
    }

    /** A prescription opened: items, remarks and stages. */
    public record PrescriptionDetails(Prescription prescription, List<Item> items, String assessor,
                                      String assessorRemark, String financeRemark, Instant registeredAt,
                                      Instant assessedAt, String originalsPlace, Instant originalsDeliveredAt,
                                      Instant sentToFinanceAt, String financeFileNumber, LocalDate depositedOn,
                                      String depositedOnJalali) {
    }

    /** A physician of the medical file. */
    public record Physician(String name, String councilCode, long visits, LocalDate lastDate, String lastDateJalali,
                            long lastClaimId, String lastTrackingCode) {
    }

    // ------------------------------------------------------------------ contracts and family

    @GET
    @Operation(summary = "The member's contracts", description = "Those in force first, then the newest: insurer, "
            + "policyholder, number, period, the member's relation. Use a contract's id with the family paths.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Contracts.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response contracts() {
        ApiCaller me = callers.current();
        return Conditional.ok(request, new Contracts(contractsOf(me)));
    }

    @GET
    @Path("contracts/{contractId}/persons")
    @Operation(summary = "The family table of a contract", description = "The main member sees themself and "
            + "their dependents, a dependent only themself (as on the dependents page). Search by name words or "
            + "national ID digits (Persian digits too). A former dependent is listed with active=false: their "
            + "past records stay visible to the main member, their current data does not.")
    @APIResponse(responseCode = "200", description = "A page of persons")
    @APIResponse(responseCode = "404", description = "The member is not covered in that contract",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response persons(@PathParam("contractId") long contractId,
                            @Parameter(description = "Name words or national ID digits") @QueryParam("search") String search,
                            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        int first = Page.first(page, size);
        int s = Page.size(size);
        FamilySearch parsed = FamilySearch.parse(search);
        long total = family.familyCount(me.personId(), contractId, parsed);
        List<FamilyPerson> items = family.family(me.personId(), contractId, parsed, first, s).stream()
                .map(m -> FamilyPerson.of(m, me.personId())).toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    @GET
    @Path("picker")
    @Operation(summary = "The insured picker", description = "Per contract in force, the persons the member may act "
            + "for: themself and the dependents whose coverage is in force today (the pages' rule). The app keeps "
            + "the chosen contract and person and passes them to the other paths.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Picker.class)))
    public Response picker() {
        ApiCaller me = callers.current();
        List<PickerContract> out = contractsOf(me).stream().filter(Contract::active)
                .map(c -> new PickerContract(c, family.insuredPicker(me.personId(), c.id(), PICKER_MAX).stream()
                        .map(m -> FamilyPerson.of(m, me.personId())).toList()))
                .toList();
        return Conditional.ok(request, new Picker(out));
    }

    @GET
    @Path("picker/{contractId}/{personId}")
    @Operation(summary = "Check a choice of the picker", description = "Answers the choice when the member may act "
            + "for this person under this contract, else 404. Nothing is kept on the server.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Chosen.class)))
    @APIResponse(responseCode = "404", description = "Not a person the member may act for there",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response choose(@PathParam("contractId") long contractId, @PathParam("personId") long personId) {
        ApiCaller me = callers.current();
        InsuredChoice c = family.insuredChoice(me.personId(), contractId, personId);
        return Conditional.ok(request, new Chosen(c.contractId(), c.personId(), c.personName(), c.contractNumber(),
                c.policyholderName()));
    }

    @GET
    @Path("persons/{personId}/inquiry")
    @Operation(summary = "The inquiry card of a person", description = "Name, gender, birth certificate, national "
            + "ID, age, birth date, relation, policy and policyholder, IBAN, phone, plan covers. Oneself always; "
            + "another person only while their coverage under the member is in force.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Inquiry.class)))
    @APIResponse(responseCode = "404", description = "Not a person the member may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response inquiry(@PathParam("personId") long personId,
                            @Parameter(description = "Under this contract (default: the coverage in force)")
                            @QueryParam("contract") Long contractId) {
        ApiCaller me = callers.current();
        return Conditional.ok(request, Inquiry.of(family.inquiry(me.personId(), personId, contractId)));
    }

    @GET
    @Path("persons/{personId}/ceilings")
    @Operation(summary = "What is left of each ceiling", description = "Per cover of the contract's plan: the "
            + "annual ceiling, what assessed claims used (the family's sum for a family ceiling), what remains, and "
            + "the Persian sentence the ceilings page shows.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CeilingsAnswer.class)))
    @APIResponse(responseCode = "400", description = "contract missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not a person the member may see under that contract",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response ceilings(@PathParam("personId") long personId,
                             @Parameter(description = "The contract's id", required = true)
                             @QueryParam("contract") Long contractId) {
        ApiCaller me = callers.current();
        long k = required(contractId);
        List<Ceiling> lines = ceilings.of(me.claimViewer(), personId, k).stream().map(Ceiling::of).toList();
        return Conditional.ok(request, new CeilingsAnswer(personId, k, lines,
                Messages.text("extras.ceilings.note", null, LocaleBean.PERSIAN)));
    }

    // ------------------------------------------------------------------ medical file

    @GET
    @Path("persons/{personId}/medical-file/prescriptions")
    @Operation(summary = "Medical file: prescriptions", description = "The person's claims as prescriptions, newest "
            + "first; search by tracking code digits. The main member sees a dependent's records made under their "
            + "coverage (also after it ended).")
    @APIResponse(responseCode = "200", description = "A page of prescriptions")
    @APIResponse(responseCode = "404", description = "Not a person the member may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response prescriptions(@PathParam("personId") long personId, @QueryParam("search") String search,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        int first = Page.first(page, size);
        int s = Page.size(size);
        long total = medicalFile.prescriptionCount(me.claimViewer(), personId, search);
        List<Prescription> items = medicalFile.prescriptions(me.claimViewer(), personId, search, first, s).stream()
                .map(Prescription::of).toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    @GET
    @Path("persons/{personId}/medical-file/prescriptions/{claimId}")
    @Operation(summary = "Medical file: one prescription", description = "Its items, remarks and stages.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PrescriptionDetails.class)))
    @APIResponse(responseCode = "404", description = "No such prescription of a person the member may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response prescription(@PathParam("personId") long personId, @PathParam("claimId") long claimId) {
        ApiCaller me = callers.current();
        MedicalFile.PrescriptionDetails d = medicalFile.prescription(me.claimViewer(), personId, claimId);
        if (d == null) {
            throw new ValidationException(FamilyService.REFUSED);
        }
        return Conditional.ok(request, new PrescriptionDetails(Prescription.of(d.prescription()),
                d.items().stream().map(Item::of).toList(), d.assessor(), d.assessorRemark(), d.financeRemark(),
                d.registeredAt(), d.assessedAt(), d.originalsPlace(), d.originalsDeliveredAt(), d.sentToFinanceAt(),
                d.financeFileNumber(), d.depositedOn(), jalali(d.depositedOn())));
    }

    @GET
    @Path("persons/{personId}/medical-file/drugs")
    @Operation(summary = "Medical file: drugs")
    @APIResponse(responseCode = "200", description = "A page of drugs")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response drugs(@PathParam("personId") long personId, @QueryParam("page") Integer page,
                          @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        int first = Page.first(page, size);
        int s = Page.size(size);
        long total = medicalFile.drugCount(me.claimViewer(), personId);
        List<Item> items = medicalFile.drugs(me.claimViewer(), personId, first, s).stream().map(Item::of).toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    @GET
    @Path("persons/{personId}/medical-file/services")
    @Operation(summary = "Medical file: medical services")
    @APIResponse(responseCode = "200", description = "A page of services")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response services(@PathParam("personId") long personId, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        int first = Page.first(page, size);
        int s = Page.size(size);
        long total = medicalFile.serviceCount(me.claimViewer(), personId);
        List<Item> items = medicalFile.services(me.claimViewer(), personId, first, s).stream().map(Item::of)
                .toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    @GET
    @Path("persons/{personId}/medical-file/physicians")
    @Operation(summary = "Medical file: physicians", description = "The physicians the person's claims name, with "
            + "how many claims and the last date.")
    @APIResponse(responseCode = "200", description = "A page of physicians")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response physicians(@PathParam("personId") long personId, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        ApiCaller me = callers.current();
        int first = Page.first(page, size);
        int s = Page.size(size);
        long total = medicalFile.physicianCount(me.claimViewer(), personId);
        List<Physician> items = medicalFile.physicians(me.claimViewer(), personId, first, s).stream()
                .map(p -> new Physician(p.name(), p.councilCode(), p.visits(), p.lastDate(), jalali(p.lastDate()),
                        p.lastClaimId(), p.lastTrackingCode()))
                .toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    // ------------------------------------------------------------------ helpers

    private List<Contract> contractsOf(ApiCaller me) {
        return family.contractsOf(me.personId()).stream().map(FamilyResource::contract).toList();
    }

    private static Contract contract(ContractChoice c) {
        return new Contract(c.contractId(), c.number(), c.insurerName(), c.insurerId(), c.policyholderName(),
                c.start(), jalali(c.start()), c.end(), jalali(c.end()), c.active(),
                c.relation() == null ? null : c.relation().name(),
                c.membershipType() == null ? null : c.membershipType().name());
    }

    static long required(Long contractId) {
        if (contractId == null) {
            throw new WebApplicationException(ApiProblems.invalidBody("The query parameter contract (the contract's "
                    + "id, see GET /api/v1/me/family) is required.").response(0));
        }
        return contractId;
    }

    static String jalali(LocalDate date) {
        return date == null ? null : Jalali.format(date);
    }

    static String fa(String key) {
        return Messages.text(key, null, LocaleBean.PERSIAN);
    }

    private static String rial(long amount) {
        return Rial.format(amount, LocaleBean.PERSIAN);
    }
}
