package ir.hami.fhir;

import ir.hami.claims.ClaimViewer;
import ir.hami.platform.security.Caller;
import ir.hami.platform.security.CallerDirectory;
import ir.hami.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Resource;
import ir.hami.claims.ClaimRow;

/**
 * The member's records (CARIN Blue Button style), for the member logged in by bearer token: {@code Patient},
 * {@code Coverage} and {@code ExplanationOfBenefit}, read and search, paged with {@code _count} and Bundle
 * {@code next} links. Who may see what is {@link MemberRecords}'s; anything else is a 404 OperationOutcome.
 */
@Path("")
@RequestScoped
public class MemberFhirResource {

    @Inject
    SecurityContext security;

    @Inject
    CallerDirectory callers;

    @Inject
    MemberRecords records;

    @Context
    UriInfo uri;

    @GET
    @Path("Patient/{id}")
    public Response patient(@PathParam("id") String id) {
        return Bodies.ok(records.patient(member(), id(id, "Patient")));
    }

    @GET
    @Path("Patient")
    public Response patients(@QueryParam("identifier") String identifier, @QueryParam("_id") String id) {
        ClaimViewer viewer = member();
        List<? extends Resource> found;
        if (identifier != null) {
            String nationalId = SearchParams.token(identifier, FhirSystems.NATIONAL_ID);
            found = nationalId == null ? List.of()
                    : records.patientByNationalId(viewer, nationalId).map(List::of).orElse(List.of());
        } else if (id != null) {
            found = List.of(records.patient(viewer, id(id, "Patient")));
        } else {
            found = List.of(records.patient(viewer, viewer.personId()));
        }
        return Bodies.ok(bundle(found, found.size(), 0, found.size()));
    }

    @GET
    @Path("Coverage/{id}")
    public Response coverage(@PathParam("id") String id) {
        String[] parts = id.split("-");
        if (parts.length != 2) {
            throw FhirException.notFound("Coverage", id);
        }
        return Bodies.ok(records.coverage(member(), id(parts[0], "Coverage"), id(parts[1], "Coverage")));
    }

    @GET
    @Path("Coverage")
    public Response coverages(@QueryParam("patient") String patient, @QueryParam("beneficiary") String beneficiary) {
        ClaimViewer viewer = member();
        Long person = SearchParams.patientId(patient != null ? patient : beneficiary);
        var found = records.coverages(viewer, person == null ? viewer.personId() : person);
        return Bodies.ok(bundle(found, found.size(), 0, found.size()));
    }

    @GET
    @Path("ExplanationOfBenefit/{id}")
    public Response eob(@PathParam("id") String id) {
        return Bodies.ok(records.eob(member(), id(id, "ExplanationOfBenefit")));
    }

    @GET
    @Path("ExplanationOfBenefit")
    public Response eobs(@QueryParam("patient") String patient, @QueryParam("service-date") List<String> serviceDate,
                         @QueryParam("_lastUpdated") List<String> lastUpdated,
                         @QueryParam("identifier") String identifier, @QueryParam("_count") String countParam,
                         @QueryParam("_offset") String offsetParam) {
        ClaimViewer viewer = member();
        Long person = SearchParams.patientId(patient);
        Predicate<ClaimRow> rows = r -> true;
        for (String d : serviceDate) {
            Predicate<java.time.LocalDate> test = SearchParams.date("service-date", d);
            rows = rows.and(r -> test.test(r.serviceDate()));
        }
        String tracking = SearchParams.token(identifier, FhirSystems.CLAIM_TRACKING_CODE);
        if (identifier != null) {
            rows = tracking == null ? r -> false : rows.and(r -> tracking.equals(r.trackingCode()));
        }
        Predicate<ExplanationOfBenefit> eobs = MemberRecords.ALL;
        for (String d : lastUpdated) {
            Predicate<java.time.LocalDate> test = SearchParams.date("_lastUpdated", d);
            Predicate<ExplanationOfBenefit> p = e -> e.getMeta().getLastUpdated() != null
                    && test.test(SearchParams.tehranDay(e.getMeta().getLastUpdated().toInstant()));
            eobs = eobs == MemberRecords.ALL ? p : eobs.and(p);
        }
        int count = SearchParams.count(countParam);
        int offset = SearchParams.offset(offsetParam);
        MemberRecords.Page<ExplanationOfBenefit> page = records.eobs(viewer,
                person == null ? viewer.personId() : person, rows, eobs, offset, count);
        return Bodies.ok(bundle(page.items(), page.total(), offset, count));
    }

    // ---------------------------------------------------------------- pieces

    /** The member logged in (bearer token or session); 401 for nobody, 403 for anyone but a member. */
    ClaimViewer member() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new FhirException(401, "login", "Log in as a member: send Authorization: Bearer <token>.",
                    "برای دسترسی باید با حساب عضو وارد شوید");
        }
        Optional<Caller> caller = callers.byUsername(principal.getName());
        if (caller.isEmpty() || caller.get().role() != Role.MEMBER || caller.get().personId() == null) {
            throw new FhirException(403, "forbidden", "Only members read these resources.",
                    "این منابع فقط برای اعضا در دسترس است");
        }
        return new ClaimViewer(Role.MEMBER, caller.get().username(), caller.get().personId());
    }

    private static long id(String id, String type) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw FhirException.notFound(type, id);
        }
    }

    private Bundle bundle(List<? extends Resource> resources, int total, int offset, int count) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.SEARCHSET);
        b.setTotal(total);
        b.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        if (offset + resources.size() < total) {
            b.addLink().setRelation("next").setUrl(UriBuilder.fromUri(uri.getRequestUri())
                    .replaceQueryParam("_offset", offset + count).replaceQueryParam("_count", count).build().toString());
        }
        for (Resource r : resources) {
            b.addEntry().setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return b;
    }
}
