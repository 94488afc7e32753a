package ir.hami.api;

import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyService;
import ir.hami.membership.Insurer;
import ir.hami.network.CenterDirectory;
import ir.hami.network.CenterFilter;
import ir.hami.network.CenterType;
import ir.hami.network.ReferralContact;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Treatment centres of the members' app (seeds 002, 003, 004): the search of the centres page (name, province, city,
 * type, "issues referral letters", "online referral letters"), paged; one active centre's details with its services
 * and physicians; the provinces and cities of the filters; the referral unit's lines of a contract's insurer.
 * Thin over {@link CenterDirectory}.
 */
@Path("v1/me/centers")
@ApplicationScoped
@Tag(name = "Centres", description = "Treatment centres: search and details")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CentersResource {

    @Inject
    ApiCallers callers;

    @Inject
    CenterDirectory directory;

    @Inject
    FamilyService family;

    @Context
    Request request;

    /** A centre of the search's list. */
    public record CenterRow(
            @Schema(example = "77") long id,
            @Schema(example = "بیمارستان پارس") String name,
            @Schema(example = "PRIVATE_HOSPITAL") String type,
            @Schema(example = "بیمارستان خصوصی") String typeFa,
            @Schema(example = "DIRECT") String contractType,
            @Schema(example = "تهران") String province,
            @Schema(example = "تهران") String city,
            String address, String phone,
            boolean issuesReferrals, boolean onlineReferrals,
            @Schema(example = "35.7219") BigDecimal latitude,
            @Schema(example = "51.3347") BigDecimal longitude) {

        static CenterRow of(TreatmentCenter c) {
            return new CenterRow(c.getId(), c.getName(), c.getType().name(), FamilyResource.fa("centerType."
                    + c.getType().name()), c.getContractType() == null ? null : c.getContractType().name(),
                    c.getProvince() == null ? null : c.getProvince().getName(),
                    c.getCity() == null ? null : c.getCity().getName(), c.getAddress(), c.getPhone(),
                    c.isIssuesReferrals(), c.isOnlineReferrals(), c.getLatitude(), c.getLongitude());
        }
    }

    /** A physician of a centre. */
    public record CenterPhysician(String name, String specialty,
                                  @Schema(description = "Medical council code") String councilCode) {
    }

    /** One centre with everything a member may see. */
    public record CenterDetails(
            long id, String code, String name, String type, String typeFa, String contractType, long provinceId,
            String province, long cityId, String city, String address, String phone, String fax, String website,
            boolean issuesReferrals, boolean onlineReferrals, BigDecimal latitude, BigDecimal longitude,
            @Schema(description = "Insurers whose members it serves") List<String> insurers,
            List<String> services, List<CenterPhysician> physicians) {
    }

    /** A province or a city of the filters. */
    public record Place(long id, String name) {
    }

    /** The referral unit's lines for a contract's insurer. */
    public record ReferralLines(String insurer, String officeHours, String officePhones, String officeExtensions,
                                String afterHoursPhones, String afterHoursExtensions) {
    }

    @GET
    @Operation(summary = "Search treatment centres", description = "The centres page's filters; every one optional. "
            + "Name words match anywhere in the name (Persian or Arabic letters and digits alike). Ordered by name.")
    @APIResponse(responseCode = "200", description = "A page of centres")
    @APIResponse(responseCode = "400", description = "An unknown type, or page/size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response search(@Parameter(description = "Words of the name", example = "پارس") @QueryParam("name") String name,
                           @QueryParam("province") Long provinceId, @QueryParam("city") Long cityId,
                           @Parameter(description = "PRIVATE_HOSPITAL, PUBLIC_HOSPITAL, CHARITY_HOSPITAL, CLINIC, "
                                   + "LABORATORY, IMAGING, PHARMACY, PHYSIOTHERAPY, DENTISTRY, OPTICS, OTHER")
                           @QueryParam("type") String type,
                           @Parameter(description = "Only centres that issue referral letters")
                           @QueryParam("issuesReferrals") boolean issuesReferrals,
                           @Parameter(description = "Only centres that request letters online")
                           @QueryParam("onlineReferrals") boolean onlineReferrals,
                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        callers.current();
        int first = Page.first(page, size);
        int s = Page.size(size);
        CenterFilter filter = new CenterFilter(name == null ? null : PersianText.normalize(name), provinceId, cityId,
                type(type), issuesReferrals, onlineReferrals);
        long total = directory.count(filter);
        List<CenterRow> items = directory.search(filter, first, s).stream().map(CenterRow::of).toList();
        return Conditional.ok(request, new Page<>(items, first / s, s, total));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One centre", description = "Address, phones, fax, website, location, referral flags, "
            + "insurers, services and physicians. Inactive or unknown centres are 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CenterDetails.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response details(@PathParam("id") long id) {
        callers.current();
        TreatmentCenter c = directory.details(id).orElseThrow(() -> new ValidationException("api.center.notFound"));
        return Conditional.ok(request, new CenterDetails(c.getId(), c.getCode(), c.getName(), c.getType().name(),
                FamilyResource.fa("centerType." + c.getType().name()),
                c.getContractType() == null ? null : c.getContractType().name(), c.getProvince().getId(),
                c.getProvince().getName(), c.getCity().getId(), c.getCity().getName(), c.getAddress(), c.getPhone(),
                c.getFax(), c.getWebsite(), c.isIssuesReferrals(), c.isOnlineReferrals(), c.getLatitude(),
                c.getLongitude(), c.getInsurers().stream().map(Insurer::getName).sorted().toList(),
                c.getServices().stream().map(ir.hami.network.CenterService::getTitle).toList(),
                c.getPhysicians().stream().map(p -> new CenterPhysician(p.getName(), p.getSpecialty(),
                        p.getCouncilCode())).toList()));
    }

    @GET
    @Path("provinces")
    @Operation(summary = "Provinces, for the province filter")
    public Response provinces() {
        callers.current();
        return Conditional.ok(request, directory.provinces().stream().map(p -> new Place(p.getId(), p.getName()))
                .toList());
    }

    @GET
    @Path("provinces/{provinceId}/cities")
    @Operation(summary = "The cities of a province, for the city filter")
    public Response cities(@PathParam("provinceId") long provinceId) {
        callers.current();
        return Conditional.ok(request, directory.cities(provinceId).stream()
                .map(c -> new Place(c.getId(), c.getName())).toList());
    }

    @GET
    @Path("referral-lines")
    @Operation(summary = "The referral unit's phone lines", description = "Office hours and phones, and the lines "
            + "after hours, of the insurer of one of the member's contracts (as the centres page shows them).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralLines.class)))
    @APIResponse(responseCode = "404", description = "Not the member's contract, or no lines recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response referralLines(@Parameter(required = true) @QueryParam("contract") Long contractId) {
        ApiCaller me = callers.current();
        long k = FamilyResource.required(contractId);
        ContractChoice contract = family.contractsOf(me.personId()).stream().filter(c -> c.contractId() == k)
                .findFirst().orElseThrow(() -> new ValidationException(FamilyService.REFUSED));
        ReferralContact r = directory.referralContact(contract.insurerId())
                .orElseThrow(() -> new ValidationException("api.center.notFound"));
        return Conditional.ok(request, new ReferralLines(contract.insurerName(), r.getOfficeHours(),
                r.getOfficePhones(), r.getOfficeExtensions(), r.getAfterHoursPhones(), r.getAfterHoursExtensions()));
    }

    private static CenterType type(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CenterType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(ApiProblems.invalidBody("type is one of "
                    + java.util.Arrays.toString(CenterType.values())).response(0));
        }
    }
}
