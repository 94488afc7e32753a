package ir.hami.claims;

import static ir.hami.platform.persistence.NativeValues.instant;
import static ir.hami.platform.persistence.NativeValues.number;

import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The admissions members completed (confirmed), oldest first, for the assessors who may reject one
 * ({@link Admissions#reject}): one range of {@code ix_admission_state (state, confirmed_at, id)} a page.
 */
@Stateless
@RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
public class AdmissionQueue {

    static final String PAGE = "select a.id, a.tracking_code, a.title, a.confirmed_at, p.first_name, p.last_name, "
            + "a.version from (select a.id from claim_admission a where a.state = 'COMPLETED' "
            + "order by a.confirmed_at, a.id limit ? offset ?) q join claim_admission a on a.id = q.id "
            + "join person p on p.id = a.person_id order by a.confirmed_at, a.id";
    static final String COUNT = "select count(*) from (select a.id from claim_admission a "
            + "where a.state = 'COMPLETED' limit ?) t";

    @PersistenceContext
    EntityManager em;

    /** One completed admission. */
    public record Row(long id, String trackingCode, String title, Instant confirmedAt, String personName,
                      long version) implements Serializable {
        public long getId() { return id; }
        public String getTrackingCode() { return trackingCode; }
        public String getTitle() { return title; }
        public Instant getConfirmedAt() { return confirmedAt; }
        public String getPersonName() { return personName; }
    }

    public List<Row> page(int first, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PAGE).setParameter(1, Math.max(1, Math.min(size, 100)))
                .setParameter(2, Math.max(0, first)).getResultList();
        return rows.stream().map(r -> new Row(number(r[0]), (String) r[1], (String) r[2], instant(r[3]),
                r[4] + " " + r[5], number(r[6]))).toList();
    }

    /** How many, counting at most {@code cap + 1}. */
    public long countUpTo(long cap) {
        return ((Number) em.createNativeQuery(COUNT).setParameter(1, cap + 1).getSingleResult()).longValue();
    }
}
