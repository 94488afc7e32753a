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
     * A page of the viewer's family table of this contract: the main member first, then by coverage id. A row whose
     * coverage is not in force today (a former dependent) is marked so: their past records stay visible to the main
     * member of that coverage, their current data does not ({@link FamilyRules}).
     *
     * @throws ValidationException {@link #REFUSED} if the viewer is not covered in the contract
     */
    public List<FamilyMember> family(long viewerPersonId, long contractId, FamilySearch search, int first,
                                     int pageSize) {
        Coverage own = ownCoverage(viewerPersonId, contractId);
        StringBuilder jpql = new StringBuilder("select p.id, p.nationalId, p.firstName, p.lastName, c.relation, "
                + "c.memberCode, c.startDate, c.endDate, k.startDate, k.endDate, "
                + "case when c.relation = ir.hami.membership.Relation.SELF then 0 else 1 end "
                + "as mainFirst from Coverage c join c.person p join c.contract k");
        familyWhere(jpql, own, search).append(" order by mainFirst, c.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        bind(query, viewerPersonId, contractId, search);
        LocalDate today = LocalDate.now(clock);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 100)))
                .getResultList().stream()
                .map(r -> {
                    CoveragePeriod period = CoveragePeriod.of((LocalDate) r[6], (LocalDate) r[7], (LocalDate) r[8],
                            (LocalDate) r[9]);
                    return new FamilyMember((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                            (Relation) r[4], (String) r[5], period.contains(today), period.from(), period.to());
                })
                .toList();
    }

    /**
     * Refuses unless the target is the viewer, or the viewer is the main member of a coverage of the target in force
     * today: the gate to the target's <em>current</em> data ({@link FamilyRules#maySeeCurrentData}). A former main
     * member (the coverage has ended, e.g. an ex-spouse or a child now covered by their own job) is refused.
     *
     * @throws ValidationException {@link #REFUSED}
     */
    public void requireVisible(long viewerPersonId, long targetPersonId) {
        if (viewerPersonId == targetPersonId) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        boolean current = coveragesUnder(viewerPersonId, targetPersonId).stream()
                .anyMatch(c -> FamilyRules.maySeeCurrentData(viewerPersonId, targetPersonId,
                        c.getMainPerson().getId(), c.isActiveOn(today)));
        if (!current) {
            throw new ValidationException(REFUSED);
        }
    }

    /**
     * Refuses unless the target is the viewer, or the viewer is (or was) the main member of a coverage of the target:
     * only then can some of the target's records be the viewer's to see. Which ones is decided per record by
     * {@link FamilyRules#maySeeRecord} (those made under a coverage whose main member was the viewer); callers filter
     * by it.
     *
     * @throws ValidationException {@link #REFUSED}
     */
    public void requireRecordsVisible(long viewerPersonId, long targetPersonId) {
        if (viewerPersonId != targetPersonId && coveragesUnder(viewerPersonId, targetPersonId).isEmpty()) {
            throw new ValidationException(REFUSED);
        }
    }

    /**
     * The coverage a new record (a referral request, later a claim) for this person under this contract would be
     * made under, if the viewer may make it: the person themself, or that coverage's main member. Whether it is in
     * force on the record's days is the caller's rule (a clearer message than a refusal).
     *
     * @throws ValidationException {@link #REFUSED} if the person has no coverage in the contract, or the viewer is
     *                             neither the person nor its main member
     */
    public Coverage coverageForRecord(long viewerPersonId, long personId, long contractId) {
        return coverageIn(personId, contractId)
                .filter(c -> FamilyRules.maySeeRecord(viewerPersonId, personId, c.getMainPerson().getId()))
                .orElseThrow(() -> new ValidationException(REFUSED));
    }

    /**
     * Member inquiry of a person the viewer may see, under the given contract (or, without one, the target's
     * visible coverage in force today, else the newest). It shows current data (IBAN, mobile, phone): another
     * person's only through a coverage in force today whose main member is the viewer.
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
     * Makes this person of this contract the insured person the member pages are about: oneself under any of one's
     * contracts; another person only under a coverage in force today whose main member is the viewer.
     *
     * @throws ValidationException {@link #REFUSED} if the person is not visible to the viewer under that contract
     */
    public void choose(long viewerPersonId, long contractId, long personId) {
        InsuredChoice c = insuredChoice(viewerPersonId, contractId, personId);
        portalUser.choose(c.contractId(), c.personId(), c.personName(), c.contractNumber(), c.policyholderName(),
                c.insurerId());
    }

    /**
     * The insured person chosen, checked with the rule of {@link #choose} but kept nowhere: for callers with no
     * session (the members' API), who hold the choice themselves.
     *
     * @throws ValidationException {@link #REFUSED} if the person is not visible to the viewer under that contract
     */
    public InsuredChoice insuredChoice(long viewerPersonId, long contractId, long personId) {
        Coverage coverage = visibleCoverage(viewerPersonId, personId, contractId)
                .orElseThrow(() -> new ValidationException(REFUSED));
        InsuranceContract k = coverage.getContract();
        return new InsuredChoice(k.getId(), personId, coverage.getPerson().getFullName(), k.getNumber(),
                k.getPolicyholder().getName(), k.getInsurer().getId());
    }

    /**
     * The insured picker of one contract: the persons of the viewer's family table there whom the viewer may choose
     * (themself, and the others whose coverage is in force today), in the table's order, at most {@code max}.
     *
     * @throws ValidationException {@link #REFUSED} if the viewer is not covered in the contract
     */
    public List<FamilyMember> insuredPicker(long viewerPersonId, long contractId, int max) {
        return family(viewerPersonId, contractId, FamilySearch.everybody(), 0, max).stream()
                .filter(m -> mayChoose(viewerPersonId, m))
                .toList();
    }

    /** Whether the picker offers this row of the family table to the viewer (the service decides again). */
    public static boolean mayChoose(long viewerPersonId, FamilyMember member) {
        return member.active() || member.personId() == viewerPersonId;
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

    /** The target's coverage under that contract (or the best one) whose current data the viewer may see. */
    private Optional<Coverage> visibleCoverage(long viewerPersonId, long targetPersonId, Long contractId) {
        LocalDate today = LocalDate.now(clock);
        if (contractId != null) {
            return coverageIn(targetPersonId, contractId)
                    .filter(c -> FamilyRules.maySeeCurrentData(viewerPersonId, targetPersonId,
                            c.getMainPerson().getId(), c.isActiveOn(today)));
        }
        return coveragesUnder(viewerPersonId, targetPersonId).stream()
                .filter(c -> FamilyRules.maySeeCurrentData(viewerPersonId, targetPersonId, c.getMainPerson().getId(),
                        c.isActiveOn(today)))
                .min(Comparator.comparing((Coverage c) -> !c.isActiveOn(today)));
    }

    /**
     * The target's coverages where the viewer is the target or the main member, at any time (newest first): the
     * callers apply the rule of time.
     */
    private List<Coverage> coveragesUnder(long viewerPersonId, long targetPersonId) {
        return em.createQuery("select c from Coverage c where c.person.id = :t "
                                + "and (c.person.id = :v or c.mainPerson.id = :v) order by c.endDate desc, c.id desc",
                        Coverage.class)
                .setParameter("t", targetPersonId)
                .setParameter("v", viewerPersonId)
                .setMaxResults(MAX_CONTRACTS)
                .getResultList();
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
                c.getRelation(), k.getMembershipType());
    }
}
