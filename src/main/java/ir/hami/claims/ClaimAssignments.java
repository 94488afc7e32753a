package ir.hami.claims;

import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.TextLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reception: the rules that give a registered claim to an assessor (insurer + province, or the insurer's default),
 * kept by administrators, and the supervisor's reassignment of one claim or many. A supervisor is an administrator or
 * an assessor whose account is flagged {@code claims_supervisor}. A claim is assigned in one place,
 * {@link ClaimRecords#record}, when it becomes registered.
 */
@Stateless
@RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
public class ClaimAssignments {

    /** Message key: only a supervisor may reassign. */
    public static final String NOT_SUPERVISOR = "claims.assign.notSupervisor";
    /** Message key: no enabled assessor has that username. */
    public static final String UNKNOWN_ASSESSOR = "claims.assign.unknownAssessor";
    /** Message key: the insurer already has a rule for that province (or a default). */
    public static final String RULE_EXISTS = "claims.assign.ruleExists";
    /** The most claims reassigned at once. */
    public static final int MAX_AT_ONCE = 200;
    /** One rule per province and a default: Iran has 31 provinces. */
    static final int MAX_RULES_PER_INSURER = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClaimRecords records;

    /** The assessor the rules name for a claim of the insurer from a member of the province (read through an index). */
    static Optional<String> assessorFor(EntityManager em, long insurerId, Long provinceId) {
        List<AssignmentRule> rules = em.createQuery("select r from AssignmentRule r where r.insurerId = :i "
                        + "and (r.provinceId is null or r.provinceId = :p)", AssignmentRule.class)
                .setParameter("i", insurerId).setParameter("p", provinceId == null ? -1L : provinceId)
                .setMaxResults(10).getResultList();
        return AssignmentRule.choose(rules, provinceId);
    }

    // ---------------------------------------------------------------- the rules (administrators)

    /** A rule row as the admin page lists it, with the insurer's and province's names. */
    public record RuleRow(long id, long insurerId, String insurerName, Long provinceId, String provinceName,
                          String assessor, long version) implements java.io.Serializable {
        public long getId() { return id; }
        public String getInsurerName() { return insurerName; }
        public String getProvinceName() { return provinceName; }
        public String getAssessor() { return assessor; }
    }

    /** The rules, by insurer then province (the insurer's default first); a page of them. */
    @RolesAllowed(Roles.ADMIN)
    public List<RuleRow> rules(int first, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.insurer_id, i.name, r.province_id, p.name, "
                        + "r.assessor, r.version from claim_assignment_rule r join insurer i on i.id = r.insurer_id "
                        + "left join province p on p.id = r.province_id order by i.name, r.insurer_id, "
                        + "case when r.province_id is null then 0 else 1 end, p.name, r.id")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
        List<RuleRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new RuleRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5],
                    ((Number) r[6]).longValue()));
        }
        return out;
    }

    @RolesAllowed(Roles.ADMIN)
    public long ruleCount() {
        return em.createQuery("select count(r) from AssignmentRule r", Long.class).getSingleResult();
    }

    /** Adds a rule; an insurer has at most one rule per province and one default. */
    @RolesAllowed(Roles.ADMIN)
    public AssignmentRule addRule(ClaimViewer v, long insurerId, Long provinceId, String assessor) {
        String who = requireAssessor(assessor);
        if (em.find(ir.hami.membership.Insurer.class, insurerId) == null) {
            throw new ValidationException("claims.assign.insurerRequired");
        }
        boolean taken = em.createQuery("select r from AssignmentRule r where r.insurerId = :i", AssignmentRule.class)
                .setParameter("i", insurerId).setMaxResults(MAX_RULES_PER_INSURER).getResultStream()
                .anyMatch(r -> java.util.Objects.equals(r.getProvinceId(), provinceId));
        if (taken) {
            throw new ValidationException(RULE_EXISTS);
        }
        AssignmentRule r = new AssignmentRule(insurerId, provinceId, who, v.username(), now());
        em.persist(r);
        return r;
    }

    /**
     * Gives every insurer that has no default rule one naming {@code assessor} (the demo data's set-up; an
     * administrator starting reception). Returns how many rules were added.
     */
    @RolesAllowed(Roles.ADMIN)
    public int addDefaults(ClaimViewer v, String assessor) {
        String who = requireAssessor(assessor);
        @SuppressWarnings("unchecked")
        List<Object> insurers = em.createNativeQuery("select i.id from insurer i where not exists (select 1 from "
                + "claim_assignment_rule r where r.insurer_id = i.id and r.province_id is null) order by i.id")
                .setMaxResults(1000).getResultList();
        for (Object id : insurers) {
            em.persist(new AssignmentRule(((Number) id).longValue(), null, who, v.username(), now()));
        }
        return insurers.size();
    }

    /** Gives the rule's claims to another assessor from now on (claims already assigned stay where they are). */
    @RolesAllowed(Roles.ADMIN)
    public void changeRule(ClaimViewer v, long ruleId, long seenVersion, String assessor) {
        String who = requireAssessor(assessor);
        rule(ruleId, seenVersion).change(who, v.username(), now());
    }

    @RolesAllowed(Roles.ADMIN)
    public void removeRule(ClaimViewer v, long ruleId, long seenVersion) {
        em.remove(rule(ruleId, seenVersion));
    }

    private AssignmentRule rule(long id, long seenVersion) {
        AssignmentRule r = em.find(AssignmentRule.class, id);
        if (r == null || r.getVersion() != seenVersion) {
            throw new ValidationException(ClaimRecords.CONFLICT);
        }
        return r;
    }

    // ---------------------------------------------------------------- supervisors

    /** Administrators, and assessors whose account is flagged supervisor. */
    public boolean isSupervisor(ClaimViewer v) {
        if (v.role() == ir.hami.platform.security.Role.ADMIN) {
            return true;
        }
        if (v.role() != ir.hami.platform.security.Role.ASSESSOR) {
            return false;
        }
        List<?> flag = em.createNativeQuery("select claims_supervisor from user_account where username = ? "
                + "and enabled = ?").setParameter(1, v.username()).setParameter(2, true).getResultList();
        return !flag.isEmpty() && Boolean.TRUE.equals(toBoolean(flag.get(0)));
    }

    /** The enabled assessors' usernames and names, by name (a handful of accounts; capped all the same). */
    public List<String[]> assessors() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select username, display_name from user_account "
                        + "where role = 'ASSESSOR' and enabled = ? order by display_name, username")
                .setParameter(1, true).setMaxResults(500).getResultList();
        return rows.stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    /** A claim and the version the supervisor saw. */
    public record Seen(long claimId, long version) implements java.io.Serializable {
    }

    /**
     * Gives the claims to {@code assessor} (null or blank: back to the unassigned pool), each through its own
     * transition with an event of who did it; all or none (a claim changed meanwhile is {@code claims.conflict}).
     */
    public int reassign(ClaimViewer v, List<Seen> claims, String assessor) {
        if (!isSupervisor(v)) {
            throw new ValidationException(NOT_SUPERVISOR);
        }
        if (claims.isEmpty()) {
            throw new ValidationException("claims.assign.noneChosen");
        }
        if (claims.size() > MAX_AT_ONCE) {
            throw new ValidationException("claims.assign.tooMany", MAX_AT_ONCE);
        }
        String who = assessor == null || assessor.isBlank() ? null : requireAssessor(assessor);
        Instant now = now();
        for (Seen s : claims) {
            Claim c = records.forChange(v, s.claimId(), s.version());
            records.record(c, c.reassign(v.username(), who, now), null);
        }
        return claims.size();
    }

    private String requireAssessor(String username) {
        String name = TextLimit.line(username, Claim.ASSIGNEE_LENGTH, UNKNOWN_ASSESSOR);
        if (name == null || name.isBlank()) {
            throw new ValidationException(UNKNOWN_ASSESSOR);
        }
        long found = ((Number) em.createNativeQuery("select count(*) from user_account where username = ? "
                        + "and role in ('ASSESSOR', 'ADMIN') and enabled = ?").setParameter(1, name)
                .setParameter(2, true).getSingleResult()).longValue();
        if (found == 0) {
            throw new ValidationException(UNKNOWN_ASSESSOR);
        }
        return name;
    }

    private static Boolean toBoolean(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n ? n.intValue() != 0 : Boolean.FALSE;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
