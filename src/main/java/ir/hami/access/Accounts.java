package ir.hami.access;

import ir.hami.membership.Coverage;
import ir.hami.membership.Person;
import ir.hami.platform.text.PersianText;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finding accounts, persons and their coverages by what people type at the login and recovery pages. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public Optional<UserAccount> byPerson(long personId) {
        return em.createQuery("select a from UserAccount a where a.person.id = :p", UserAccount.class)
                .setParameter("p", personId).getResultStream().findFirst();
    }

    public Optional<Person> personByNationalId(String nationalId) {
        return em.createQuery("select p from Person p where p.nationalId = :n", Person.class)
                .setParameter("n", nationalId).getResultStream().findFirst();
    }

    /** The person a member code belongs to (member codes are the insurer's; the newest coverage wins). */
    public Optional<Coverage> coverageByMemberCode(String memberCode) {
        return em.createQuery("select c from Coverage c where c.memberCode = :m order by c.endDate desc, c.id desc",
                        Coverage.class)
                .setParameter("m", memberCode).setMaxResults(1).getResultStream().findFirst();
    }

    /** A person's coverages, the ones in force today first, then the newest. */
    public List<Coverage> coveragesOf(long personId, LocalDate today) {
        List<Coverage> all = em.createQuery(
                        "select c from Coverage c join fetch c.contract k where c.person.id = :p "
                                + "order by c.endDate desc, c.id desc", Coverage.class)
                .setParameter("p", personId).setMaxResults(50).getResultList();
        return all.stream()
                .sorted((a, b) -> Boolean.compare(b.isActiveOn(today), a.isActiveOn(today)))
                .toList();
    }

    /** A member code as typed: Persian digits and spaces removed, upper case (member codes are compared so). */
    public static String normalizeMemberCode(String typed) {
        String text = PersianText.normalize(typed == null ? "" : typed);
        return text == null ? "" : text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * What a person typed as their username: a national ID (10 digits), a member code, or a staff username.
     * Digits are normalised; the result is the account's username or the member code as typed.
     */
    public static String normalizeIdentifier(String typed) {
        String text = PersianText.normalize(typed);
        return text == null ? "" : text.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
