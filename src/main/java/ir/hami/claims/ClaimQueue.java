package ir.hami.claims;

import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The assessor's queue, a page at a time, oldest first: the SQL of {@link ClaimQueueQueries} (the same text the
 * benchmark measures), through indexes, never a whole table.
 */
@Stateless
@RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
public class ClaimQueue {

    /** The most rows a page has. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    public List<QueueRow> page(ClaimViewer v, ClaimQueueFilter filter, int first, int size) {
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(filter, v.username());
        Query q = bind(em.createNativeQuery(ClaimQueueQueries.page(w)),
                ClaimQueueQueries.pageParams(w, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ClaimQueueQueries::row).toList();
    }

    /** How many match, counting at most {@code cap + 1} in each state (above {@code cap}: "more than"). */
    public long countUpTo(ClaimViewer v, ClaimQueueFilter filter, long cap) {
        ClaimQueueQueries.Where w = ClaimQueueQueries.where(filter, v.username());
        return ((Number) bind(em.createNativeQuery(ClaimQueueQueries.countUpTo(w)),
                ClaimQueueQueries.countParams(w, cap)).getSingleResult()).longValue();
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }
}
