package ir.hami.eligibility;

import ir.hami.membership.Relation;
import ir.hami.platform.ValidationException;
import ir.hami.platform.id.NationalId;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Eligibility checks for treatment centres: is this person covered today (Tehran's today), by whom, with which
 * covers. One indexed read ({@link EligibilityQueries}), run with plain JDBC on the portal's datasource in the
 * container transaction, and one audit row per check, covered or not, in the same transaction.
 */
@Stateless
public class EligibilityService {

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param rawNationalId as typed or sent: Persian and Arabic digits are accepted
     * @param birthDate     optional; when given it must match the person's, or the answer is not covered
     * @throws ValidationException {@code nationalId.format} or {@code nationalId.invalid} (not recorded: no check
     *                             was made)
     */
    public Eligibility check(long centerId, String actor, Channel channel, String rawNationalId, LocalDate birthDate) {
        String nationalId = NationalId.parse(rawNationalId).value();
        LocalDate today = LocalDate.now(clock);
        Eligibility answer;
        try {
            answer = lookup(nationalId, birthDate, today);
        } catch (SQLException e) {
            throw new IllegalStateException("Eligibility lookup failed", e);
        }
        em.persist(new EligibilityCheck(centerId, actor, channel, nationalId,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), answer.isCovered(), answer.summary()));
        return answer;
    }

    private Eligibility lookup(String nationalId, LocalDate birthDate, LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Row chosen = null;
            LocalDate nextStart = null;
            LocalDate lastEnd = null;
            boolean any = false;
            boolean birthMatches = true;
            try (PreparedStatement s = c.prepareStatement(EligibilityQueries.COVERAGES_BY_NATIONAL_ID)) {
                s.setString(1, nationalId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!any && birthDate != null) {
                            Date born = rs.getDate(4);
                            birthMatches = born != null && born.toLocalDate().equals(birthDate);
                        }
                        any = true;
                        Row row = Row.of(rs);
                        LocalDate from = row.from();
                        LocalDate to = row.to();
                        if (!today.isBefore(from) && !today.isAfter(to)) {
                            if (chosen == null) {
                                chosen = row;
                            }
                        } else if (today.isBefore(from)) {
                            nextStart = nextStart == null || from.isBefore(nextStart) ? from : nextStart;
                        } else {
                            lastEnd = lastEnd == null || to.isAfter(lastEnd) ? to : lastEnd;
                        }
                    }
                }
            }
            if (!any) {
                return Eligibility.notCovered(nationalId, today, Reason.NOT_FOUND, null);
            }
            if (!birthMatches) {
                return Eligibility.notCovered(nationalId, today, Reason.BIRTH_DATE_MISMATCH, null);
            }
            if (chosen == null) {
                return nextStart != null
                        ? Eligibility.notCovered(nationalId, today, Reason.NOT_STARTED, nextStart)
                        : Eligibility.notCovered(nationalId, today, Reason.EXPIRED, lastEnd);
            }
            List<CoverLine> covers = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(EligibilityQueries.COVERS_OF_CONTRACT)) {
                s.setLong(1, chosen.contractId());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        covers.add(new CoverLine(rs.getString(1), rs.getLong(2), rs.getInt(3)));
                    }
                }
            }
            return Eligibility.covered(nationalId, today, chosen.fullName(), chosen.insurer(), chosen.contractNumber(),
                    chosen.policyholder(), chosen.from(), chosen.to(), chosen.mainName(), chosen.relation(), covers);
        }
    }

    /** One coverage row; its period is the coverage's within the contract's. */
    private record Row(long contractId, String fullName, Relation relation, LocalDate from, LocalDate to,
                       String contractNumber, String insurer, String policyholder, String mainName) {
        static Row of(ResultSet rs) throws SQLException {
            LocalDate cFrom = rs.getDate(7).toLocalDate();
            LocalDate cTo = rs.getDate(8).toLocalDate();
            LocalDate kFrom = rs.getDate(10).toLocalDate();
            LocalDate kTo = rs.getDate(11).toLocalDate();
            return new Row(rs.getLong(5), rs.getString(2) + " " + rs.getString(3), Relation.valueOf(rs.getString(6)),
                    cFrom.isAfter(kFrom) ? cFrom : kFrom, cTo.isBefore(kTo) ? cTo : kTo, rs.getString(9),
                    rs.getString(12), rs.getString(13), rs.getString(14) + " " + rs.getString(15));
        }
    }

    /** One page of a centre's own checks, newest first. */
    public List<EligibilityCheck> history(long centerId, int first, int pageSize) {
        return em.createQuery("select e from EligibilityCheck e where e.centerId = :c order by e.id desc",
                        EligibilityCheck.class)
                .setParameter("c", centerId)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long historyCount(long centerId) {
        return em.createQuery("select count(e) from EligibilityCheck e where e.centerId = :c", Long.class)
                .setParameter("c", centerId)
                .getSingleResult();
    }
}
