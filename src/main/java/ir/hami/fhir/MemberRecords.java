package ir.hami.fhir;

import ir.hami.claims.Ceilings;
import ir.hami.claims.CeilingLine;
import ir.hami.claims.ClaimFilter;
import ir.hami.claims.ClaimRow;
import ir.hami.claims.ClaimTracking;
import ir.hami.claims.ClaimView;
import ir.hami.claims.ClaimViewer;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Patient;

/**
 * A member's own records as FHIR resources, on the services the member pages use and with their rules of access:
 * {@link FamilyService} decides whose Patient and Coverage a member sees (themself, and the persons of a coverage in
 * force today whose main member they are), {@link ClaimTracking} whose claims (the person's own and those made under
 * a coverage whose main member was the member), {@link Ceilings} whose balances. Whatever is not the member's to see
 * is {@link FhirException#notFound} (404), exactly like an id that does not exist.
 */
@Stateless
@RolesAllowed(Roles.MEMBER)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MemberRecords {

    /** The most claims a search looks through for one person (the claims list's own count cap). */
    static final int SCAN_CAP = (int) ClaimTracking.COUNT_CAP;
    private static final int CHUNK = 50;

    @Inject
    FamilyService family;

    @Inject
    ClaimTracking tracking;

    @Inject
    Ceilings ceilings;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A page of matches, with the number of all matches (up to the scan's cap). */
    public record Page<T>(List<T> items, int total) {
    }

    public Patient patient(ClaimViewer viewer, long personId) {
        try {
            family.requireVisible(viewer.personId(), personId);
            return MemberMapping.patient(family.inquiry(viewer.personId(), personId, null));
        } catch (ValidationException refused) {
            throw FhirException.notFound("Patient", String.valueOf(personId));
        }
    }

    /** The person of this national ID if the member may see them. */
    public Optional<Patient> patientByNationalId(ClaimViewer viewer, String nationalId) {
        List<Long> ids = em.createQuery("select p.id from Person p where p.nationalId = :n", Long.class)
                .setParameter("n", nationalId).setMaxResults(1).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(patient(viewer, ids.get(0)));
        } catch (FhirException refused) {
            return Optional.empty();
        }
    }

    public Coverage coverage(ClaimViewer viewer, long personId, long contractId) {
        try {
            return MemberMapping.coverage(family.inquiry(viewer.personId(), personId, contractId), today());
        } catch (ValidationException refused) {
            throw FhirException.notFound("Coverage", MemberMapping.coverageId(personId, contractId));
        }
    }

    /** The person's coverages the member may see (none for another family's person). */
    public List<Coverage> coverages(ClaimViewer viewer, long personId) {
        try {
            family.requireVisible(viewer.personId(), personId);
        } catch (ValidationException refused) {
            return List.of();
        }
        List<Coverage> out = new ArrayList<>();
        for (ContractChoice c : family.contractsOf(personId)) {
            try {
                out.add(MemberMapping.coverage(family.inquiry(viewer.personId(), personId, c.contractId()), today()));
            } catch (ValidationException notVisible) {
                // a contract whose coverage is not the member's to see (e.g. covered by another main member)
            }
        }
        return out;
    }

    /** One assessed claim as an EOB; 404 for one not assessed yet or not the member's to see. */
    public ExplanationOfBenefit eob(ClaimViewer viewer, long claimId) {
        ClaimView view;
        try {
            view = tracking.details(viewer, claimId);
        } catch (ValidationException refused) {
            throw FhirException.notFound("ExplanationOfBenefit", String.valueOf(claimId));
        }
        if (!view.claim().getState().isAssessed()) {
            throw FhirException.notFound("ExplanationOfBenefit", String.valueOf(claimId));
        }
        return MemberMapping.eob(view, balances(viewer, view));
    }

    /**
     * The person's assessed claims as EOBs, newest first, matching the row filter and then the EOB filter
     * (e.g. {@code _lastUpdated}), from {@code offset}, at most {@code count}.
     */
    public Page<ExplanationOfBenefit> eobs(ClaimViewer viewer, long personId, Predicate<ClaimRow> rows,
                                           Predicate<ExplanationOfBenefit> eobs, int offset, int count) {
        List<ExplanationOfBenefit> page = new ArrayList<>();
        int matched = 0;
        for (int first = 0; first < SCAN_CAP; first += CHUNK) {
            List<ClaimRow> chunk;
            try {
                chunk = tracking.page(viewer, personId, ClaimFilter.ALL, null, first, CHUNK);
            } catch (ValidationException refused) {
                return new Page<>(List.of(), 0);
            }
            for (ClaimRow r : chunk) {
                if (!r.state().isAssessed() || !rows.test(r)) {
                    continue;
                }
                ExplanationOfBenefit e = null;
                boolean inPage = matched >= offset && page.size() < count;
                if (inPage || !isAll(eobs)) {
                    e = eob(viewer, r.id());
                    if (!eobs.test(e)) {
                        continue;
                    }
                }
                if (inPage) {
                    page.add(e);
                }
                matched++;
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        return new Page<>(page, matched);
    }

    /** The predicate that accepts everything: no per-EOB filter, so EOBs outside the page are not built. */
    public static final Predicate<ExplanationOfBenefit> ALL = e -> true;

    private static boolean isAll(Predicate<ExplanationOfBenefit> p) {
        return p == ALL;
    }

    private List<CeilingLine> balances(ClaimViewer viewer, ClaimView view) {
        try {
            return ceilings.of(viewer, view.claim().getPersonId(), view.claim().getContractId());
        } catch (ValidationException notVisible) {
            return List.of(); // a former dependent's old claim: the record is the member's, the balance today is not
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
