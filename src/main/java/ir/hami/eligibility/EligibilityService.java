package ir.hami.eligibility;

import ir.hami.membership.ContractChanged;
import ir.hami.platform.ValidationException;
import ir.hami.platform.cluster.Grid;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.persistence.HamiDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Eligibility checks for treatment centres, for the centres' panel and the API: is this person covered today
 * (Tehran's today), by whom, with which covers. The API calls this up to a thousand times a second, so a check is
 * {@link EligibilityLookup}'s plain JDBC in autocommit on the non-transactional pool ({@link HamiDataSource#DIRECT}),
 * with no container transaction, EJB or JPA unit of work on that path. Audit rows are stored by a writer thread of
 * the container's, many rows to a commit: the panel's answer waits for its row ({@link #check}), the API's does not
 * ({@link #checkForApi}). The centre's history is read with JPA.
 */
@ApplicationScoped
public class EligibilityService {

    /** The panel's answer waits at most this long for its audit row (a database that hangs, say). */
    static final int AUDIT_WAIT_SECONDS = 10;

    @Resource(lookup = HamiDataSource.DIRECT)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Grid grid;

    /** The grid's topic of changed contracts (the message is the contract's id): every node forgets its contracts. */
    static final String CONTRACTS_TOPIC = "contracts-changed";

    private EligibilityLookup lookup;
    private Runnable subscription;

    @PostConstruct
    void start() {
        lookup = new EligibilityLookup(dataSource::getConnection, threads);
        subscription = grid.subscribe(CONTRACTS_TOPIC, contractId -> lookup.forgetContracts());
    }

    /** Stores the queued audit rows before the portal stops. */
    @PreDestroy
    void stop() {
        subscription.run();
        lookup.close();
    }

    /** Once a contract's change is committed, every node's checks read the contracts again. */
    void contractChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContractChanged changed) {
        lookup.forgetContracts();
        grid.publish(CONTRACTS_TOPIC, Long.toString(changed.contractId()));
    }

    /**
     * Checks and records, and returns once the audit row is stored: the centres' panel, whose history shows the
     * check at once.
     *
     * @param rawNationalId as typed or sent: Persian and Arabic digits are accepted
     * @param birthDate     optional; when given it must match the person's, or the answer is not covered
     * @throws ValidationException   {@code nationalId.format} or {@code nationalId.invalid} (not recorded: no check
     *                               was made)
     * @throws AuditBacklogException when the audit rows waiting to be stored fill their queue (not answered)
     */
    public Eligibility check(long centerId, String actor, Channel channel, String rawNationalId, LocalDate birthDate) {
        EligibilityLookup.Checked checked = lookup(centerId, actor, channel, rawNationalId, birthDate);
        try {
            checked.recorded().get(AUDIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the eligibility check was recorded", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The eligibility check could not be recorded", e);
        }
        return checked.answer();
    }

    /**
     * Checks and records for the API: returns once the audit row is queued; the writer stores it within
     * milliseconds (a flush's time when the disk is slow), so an answer never waits for the database's log flush.
     *
     * @throws ValidationException   as {@link #check}
     * @throws AuditBacklogException as {@link #check}
     */
    public Eligibility checkForApi(long centerId, String actor, String rawNationalId, LocalDate birthDate) {
        return lookup(centerId, actor, Channel.API, rawNationalId, birthDate).answer();
    }

    private EligibilityLookup.Checked lookup(long centerId, String actor, Channel channel, String rawNationalId,
                                             LocalDate birthDate) {
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
