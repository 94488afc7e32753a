package ir.hami.membership;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.time.Jalali;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A member's contracts and family (seeds 003 and 004): the contract chooser, the family table, the member inquiry
 * and the choice of the insured person the member pages are about. Every question names the viewer, and whom they
 * may see is decided here by {@link FamilyRules}, never by what a page sends.
 *
 * <p>The family table is read a page at a time through the index {@code ix_coverage_family (main_person_id,
 * contract_id, relation)}: its size is that of one family, however many members the portal holds.
 */
@Stateless
public class FamilyService {

    /** Message key of every refusal: the person is not in the viewer's family. */
    public static final String REFUSED = "family.refused";

    private static final int MAX_CONTRACTS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalUser portalUser;

    /** The contracts where the person is covered: those in force today first, then the newest. */
    public List<ContractChoice> contractsOf(long personId) {
        LocalDate today = LocalDate.now(clock);
        List<Coverage> coverages = em.createQuery(
                        "select c from Coverage c join fetch c.contract k join fetch k.insurer "
                                + "join fetch k.policyholder where c.person.id = :p order by k.endDate desc, k.id desc",
                        Coverage.class)
                .setParameter("p", personId)
                .setMaxResults(MAX_CONTRACTS)
                .getResultList();
        return coverages.stream()
                .map(c -> choiceOf(c, today))
                .sorted(Comparator.comparing((ContractChoice c) -> !c.active()))
                .toList();
    }

    /** How many people the viewer's family table of this contract shows for this search. */
    public long familyCount(long viewerPersonId, long contractId, FamilySearch search) {
        Coverage own = ownCoverage(viewerPersonId, contractId);
        StringBuilder jpql = new StringBuilder("select count(c) from Coverage c join c.person p");
        TypedQuery<Long> query = em.createQuery(familyWhere(jpql, own, search).toString(), Long.class);
        bind(query, viewerPersonId, contractId, search);
        return query.getSingleResult();
    }

    /**
     * A page of the viewer's family table of this contract: the main member first, then by coverage id.
     *
     * @throws ValidationException {@link #REFUSED} if the viewer is not covered in the contract
     */
    public List<FamilyMember> family(long viewerPersonId, long contractId, FamilySearch search, int first,
                                     int pageSize) {
        Coverage own = ownCoverage(viewerPersonId, contractId);
        StringBuilder jpql = new StringBuilder("select p.id, p.nationalId, p.firstName, p.lastName, c.relation, "
                + "c.memberCode, case when c.relation = ir.hami.membership.Relation.SELF then 0 else 1 end "
                + "as mainFirst from Coverage c join c.person p");
        familyWhere(jpql, own, search).append(" order by mainFirst, c.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        bind(query, viewerPersonId, contractId, search);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 100)))
                .getResultList().stream()
                .map(r -> new FamilyMember((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Relation) r[4],
                        (String) r[5]))
                .toList();
    }

    /**
     * Refuses unless the target is the viewer, or a dependent of the viewer in one of the contracts where the
     * viewer is the main member.
     *
     * @throws ValidationException {@link #REFUSED}
     */
    public void requireVisible(long viewerPersonId, long targetPersonId) {
        if (viewerPersonId == targetPersonId) {
            return;
        }
        List<Long> mains = em.createQuery(
                        "select distinct c.mainPerson.id from Coverage c where c.person.id = :t", Long.class)
                .setParameter("t", targetPersonId)
                .setMaxResults(MAX_CONTRACTS)
                .getResultList();
        if (!FamilyRules.mayView(viewerPersonId, targetPersonId, mains)) {
            throw new ValidationException(REFUSED);
        }
    }

    /**
     * Member inquiry of a person the viewer may see, under the given contract (or, without one, the target's
     * visible coverage in force today, else the newest).
     *
     * @throws ValidationException {@link #REFUSED} if the person is not visible to the viewer under that contract
     */
    public MemberInquiry inquiry(long viewerPersonId, long targetPersonId, Long contractId) {
        Coverage coverage = visibleCoverage(viewerPersonId, targetPersonId, contractId)
                .orElseThrow(() -> new ValidationException(REFUSED));
        LocalDate today = LocalDate.now(clock);
        Person p = coverage.getPerson();
        InsuranceContract k = coverage.getContract();
        Integer age = p.getBirthDate() == null || p.getBirthDate().isAfter(today) ? null
                : Jalali.age(p.getBirthDate(), today);
        List<MemberInquiry.CoverLine> covers = k.getCovers().stream()
                .map(c -> new MemberInquiry.CoverLine(c.getTitle(), c.getAnnualCeiling(), c.getFranchisePercent()))
                .toList();
        return new MemberInquiry(p.getId(), p.getFullName(), p.getFatherName(), p.getGender(),
                p.getBirthCertificateNo(), p.getNationalId(), age, p.getBirthDate(), coverage.getRelation(),
                coverage.getMemberCode(), k.getId(), k.getNumber(), k.getPolicyholder().getName(),
                k.getInsurer().getName(), k.getStartDate(), k.getEndDate(), p.getIban(), p.getPhone(), p.getMobile(),
                covers);
    }

    /**
     * Makes this person of this contract the insured person the member pages are about.
     *
     * @throws ValidationException {@link #REFUSED} if the person is not visible to the viewer under that contract
     */
    public void choose(long viewerPersonId, long contractId, long personId) {
        Coverage coverage = visibleCoverage(viewerPersonId, personId, contractId)
                .orElseThrow(() -> new ValidationException(REFUSED));
        InsuranceContract k = coverage.getContract();
        portalUser.choose(k.getId(), personId, coverage.getPerson().getFullName(), k.getNumber(),
                k.getPolicyholder().getName(), k.getInsurer().getId());
    }

    /**
     * The choice made for a member who has chosen nothing yet: their first contract in force today, and
     * themself. Nothing is chosen when no contract is in force.
     *
     * @return whether something was chosen
     */
    public boolean chooseDefault(long viewerPersonId) {
        Optional<ContractChoice> first = contractsOf(viewerPersonId).stream().filter(ContractChoice::active)
                .findFirst();
        first.ifPresent(c -> choose(viewerPersonId, c.contractId(), viewerPersonId));
        return first.isPresent();
    }

    private Optional<Coverage> visibleCoverage(long viewerPersonId, long targetPersonId, Long contractId) {
        if (contractId != null) {
            return coverageIn(targetPersonId, contractId)
                    .filter(c -> FamilyRules.mayView(viewerPersonId, targetPersonId, c.getMainPerson().getId()));
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select c from Coverage c where c.person.id = :t "
                                + "and (c.person.id = :v or c.mainPerson.id = :v) order by c.endDate desc, c.id desc",
                        Coverage.class)
                .setParameter("t", targetPersonId)
                .setParameter("v", viewerPersonId)
                .setMaxResults(MAX_CONTRACTS)
                .getResultList().stream()
                .min(Comparator.comparing((Coverage c) -> !c.isActiveOn(today)));
    }

    private Optional<Coverage> coverageIn(long personId, long contractId) {
        return em.createQuery("select c from Coverage c where c.contract.id = :k and c.person.id = :p", Coverage.class)
                .setParameter("k", contractId)
                .setParameter("p", personId)
                .getResultStream().findFirst();
    }

    private Coverage ownCoverage(long viewerPersonId, long contractId) {
        return coverageIn(viewerPersonId, contractId).orElseThrow(() -> new ValidationException(REFUSED));
    }

    private static StringBuilder familyWhere(StringBuilder jpql, Coverage own, FamilySearch search) {
        jpql.append(FamilyRules.scopeOf(own.getRelation()) == FamilyRules.Scope.WHOLE_FAMILY
                ? " where c.mainPerson.id = :v and c.contract.id = :k"
                : " where c.person.id = :v and c.contract.id = :k");
        if (search.nationalIdPrefix() != null) {
            jpql.append(" and p.nationalId like :nid escape '").append(FamilySearch.LIKE_ESCAPE).append("'");
        }
        for (int i = 0; i < search.nameWords().size(); i++) {
            jpql.append(" and (p.firstName like :w").append(i).append(" escape '").append(FamilySearch.LIKE_ESCAPE)
                    .append("' or p.lastName like :w").append(i).append(" escape '").append(FamilySearch.LIKE_ESCAPE)
                    .append("')");
        }
        return jpql;
    }

    private static void bind(TypedQuery<?> query, long viewerPersonId, long contractId, FamilySearch search) {
        query.setParameter("v", viewerPersonId).setParameter("k", contractId);
        if (search.nationalIdPrefix() != null) {
            query.setParameter("nid", FamilySearch.startsWith(search.nationalIdPrefix()));
        }
        for (int i = 0; i < search.nameWords().size(); i++) {
            query.setParameter("w" + i, FamilySearch.contains(search.nameWords().get(i)));
        }
    }

    private static ContractChoice choiceOf(Coverage c, LocalDate today) {
        InsuranceContract k = c.getContract();
        return new ContractChoice(k.getId(), k.getNumber(), k.getInsurer().getId(), k.getInsurer().getName(),
                k.getPolicyholder().getName(), k.getStartDate(), k.getEndDate(), c.isActiveOn(today),
                c.getRelation());
    }
}
