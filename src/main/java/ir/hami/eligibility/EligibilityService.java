package ir.hami.eligibility;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.persistence.HamiDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Eligibility checks for treatment centres, for the centres' panel and the API: is this person covered today
 * (Tehran's today), by whom, with which covers. The API calls this up to a thousand times a second, so a check is
 * {@link EligibilityLookup}'s plain JDBC in autocommit on the non-transactional pool ({@link HamiDataSource#DIRECT}),
 * with no container transaction, EJB or JPA unit of work on that path, and its audit row is stored by a writer
 * thread of the container's (group commit) while the request thread goes on. The centre's history is read with
 * JPA.
 */
@ApplicationScoped
public class EligibilityService {

    @Resource(lookup = HamiDataSource.DIRECT)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private EligibilityLookup lookup;

    @PostConstruct
    void start() {
        lookup = new EligibilityLookup(dataSource::getConnection, threads);
    }

    @PreDestroy
    void stop() {
        lookup.close();
    }

    /**
     * Checks and records, and returns the answer once its audit row is stored (the centres' panel).
     *
     * @param rawNationalId as typed or sent: Persian and Arabic digits are accepted
     * @param birthDate     optional; when given it must match the person's, or the answer is not covered
     * @throws ValidationException {@code nationalId.format} or {@code nationalId.invalid} (not recorded: no check
     *                             was made)
     */
    public Eligibility check(long centerId, String actor, Channel channel, String rawNationalId, LocalDate birthDate) {
        try {
            return check(centerId, actor, channel, rawNationalId, birthDate, Function.identity())
                    .toCompletableFuture().join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Eligibility check failed", e.getCause());
        }
    }

    /**
     * Checks on the calling thread and renders the answer there; the stage completes with it once the audit row is
     * stored (the API: the request thread is free meanwhile). Fails with the cause if the row could not be stored.
     *
     * @throws ValidationException as {@link #check(long, String, Channel, String, LocalDate)}
     */
    public <T> CompletionStage<T> check(long centerId, String actor, Channel channel, String rawNationalId,
                                        LocalDate birthDate, Function<Eligibility, T> render) {
        String nationalId = NationalId.parse(rawNationalId).value();
        LocalDate today = LocalDate.now(clock);
        try (Connection c = dataSource.getConnection()) {
            return lookup.check(c, centerId, actor, channel, nationalId, birthDate, today,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS), render);
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
