package ir.hami.eligibility;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.persistence.HamiDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

/**
 * Eligibility checks for treatment centres, for the centres' panel and the API: is this person covered today
 * (Tehran's today), by whom, with which covers. The API calls this up to a thousand times a second, so a check is
 * {@link EligibilityLookup}'s plain JDBC in autocommit on the non-transactional pool ({@link HamiDataSource#DIRECT}),
 * with no container transaction, EJB or JPA unit of work on that path. The centre's history is read with JPA.
 */
@ApplicationScoped
public class EligibilityService {

    @Resource(lookup = HamiDataSource.DIRECT)
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final EligibilityLookup lookup = new EligibilityLookup();

    /**
     * @param rawNationalId as typed or sent: Persian and Arabic digits are accepted
     * @param birthDate     optional; when given it must match the person's, or the answer is not covered
     * @throws ValidationException {@code nationalId.format} or {@code nationalId.invalid} (not recorded: no check
     *                             was made)
     */
    public Eligibility check(long centerId, String actor, Channel channel, String rawNationalId, LocalDate birthDate) {
        String nationalId = NationalId.parse(rawNationalId).value();
        LocalDate today = LocalDate.now(clock);
        try (Connection c = dataSource.getConnection()) {
            return lookup.check(c, centerId, actor, channel, nationalId, birthDate, today,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS));
        } catch (SQLException e) {
            throw new IllegalStateException("Eligibility check failed", e);
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
