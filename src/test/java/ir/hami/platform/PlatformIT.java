package ir.hami.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ir.hami.membership.Gender;
import ir.hami.membership.Person;
import ir.hami.platform.security.RateLimiter;
import ir.hami.testing.Deployments;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema that Flyway made, seen through JPA on the real database (H2 or MySQL/MariaDB). */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @Inject
    RateLimiter limiter;

    @Test
    void parallelRequestsGetExactlyTheLimit() throws Exception {
        String bucket = "test:parallel:" + TestData.unique("b");
        // fewer threads than a loaded H2 can serialise within its lock timeout; MariaDB waits 50 s
        int threads = 10;
        int limit = 4;
        List<Boolean> results = inParallel(threads, () -> limiter.tryAcquire(bucket, limit, Duration.ofHours(1)));
        assertEquals(limit, results.stream().filter(Boolean::booleanValue).count(), results.toString());
        assertEquals(limit, limiter.count(bucket, Duration.ofHours(1)));
        assertFalse(limiter.tryAcquire(bucket, limit, Duration.ofHours(1)));
    }

    @Test
    void severalBucketsAreTakenAllOrNothing() throws Exception {
        String shared = "test:shared:" + TestData.unique("s");
        int threads = 12;
        List<Boolean> results = inParallel(threads, () -> {
            String own = "test:own:" + TestData.unique("o");
            return limiter.acquire(List.of(new RateLimiter.Limit(own, 1, Duration.ofHours(1)),
                    new RateLimiter.Limit(shared, 3, Duration.ofHours(1)))).isPresent();
        });
        assertEquals(3, results.stream().filter(Boolean::booleanValue).count(), results.toString());
        assertEquals(3, limiter.count(shared, Duration.ofHours(1)));
        // a full bucket records nothing in the others
        String other = "test:other:" + TestData.unique("t");
        assertTrue(limiter.acquire(List.of(new RateLimiter.Limit(other, 5, Duration.ofHours(1)),
                new RateLimiter.Limit(shared, 3, Duration.ofHours(1)))).isEmpty());
        assertEquals(0, limiter.count(other, Duration.ofHours(1)));
        // what a permit took can be given back
        RateLimiter.Permit permit = limiter.acquire(List.of(new RateLimiter.Limit(other, 1, Duration.ofHours(1))))
                .orElseThrow();
        assertFalse(limiter.tryAcquire(other, 1, Duration.ofHours(1)));
        limiter.release(permit);
        assertTrue(limiter.tryAcquire(other, 1, Duration.ofHours(1)));
    }

    private static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void persianTextAndIdsSurviveARoundTrip() throws Exception {
        String nationalId = TestData.newNationalId();
        tx.begin();
        Person person = new Person(nationalId, "مهدی", "یگانه‌پور", Gender.MALE);
        em.persist(person);
        tx.commit();
        assertNotNull(person.getId());

        em.clear();
        Person read = em.createQuery("select p from Person p where p.nationalId = :n", Person.class)
                .setParameter("n", nationalId).getSingleResult();
        assertEquals("یگانه‌پور", read.getLastName());
    }

    @Test
    void fixturesWrittenWithJdbcAreSeenByJpa() {
        TestData data = TestData.on(dataSource);
        long insurer = data.insurer("بیمه آزمون");
        long holder = data.policyholder("شرکت آزمون");
        long contract = data.contract(insurer, holder).cover("بستری", 500_000_000L, 10).create();
        TestData.Family family = data.family(contract).dependents(2).create();
        Long count = em.createQuery("select count(c) from Coverage c where c.mainPerson.id = :m", Long.class)
                .setParameter("m", family.main().personId()).getSingleResult();
        assertEquals(3L, count);
    }
}
