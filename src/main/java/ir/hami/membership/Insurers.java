package ir.hami.membership;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The insurers as choices in forms (messages, announcements), by name. */
@Stateless
public class Insurers {

    /** More insurers than an assistance company serves; bounds the list all the same. */
    private static final int MAX_OPTIONS = 500;

    @PersistenceContext
    EntityManager em;

    public List<InsurerOption> options() {
        return em.createQuery("select i from Insurer i order by i.name, i.id", Insurer.class)
                .setMaxResults(MAX_OPTIONS)
                .getResultList().stream()
                .map(i -> new InsurerOption(i.getId(), i.getName()))
                .toList();
    }
}
