package ir.hami.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ir.hami.membership.Gender;
import ir.hami.membership.Person;
import ir.hami.testing.Deployments;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
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
