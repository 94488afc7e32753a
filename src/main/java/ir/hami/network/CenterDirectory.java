package ir.hami.network;

import ir.hami.membership.Insurer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looking up the network: centres by filter (paged, ordered by name then id), one centre with everything a member
 * may see, the map's markers, the referral unit's lines of an insurer, and the provinces and cities for the menus.
 */
@Stateless
public class CenterDirectory {

    /** The most markers the map shows for one search. */
    public static final int MAX_MARKERS = 500;

    @PersistenceContext(unitName = "hami")
    EntityManager em;

    /**
     * One page: first the page's ids in order (the database sorts narrow rows of the matching centres only), then
     * those centres with their province and city.
     */
    public List<TreatmentCenter> search(CenterFilter filter, int first, int pageSize) {
        CenterFilter.Where where = filter.where();
        TypedQuery<Object[]> page = em.createQuery("select c.id, c.name from TreatmentCenter c where " + where.jpql()
                + " order by c.name, c.id", Object[].class);
        bind(page, where.params());
        List<Long> ids = page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultStream().map(row -> (Long) row[0]).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TreatmentCenter> byId = new HashMap<>();
        em.createQuery("select c from TreatmentCenter c join fetch c.province join fetch c.city where c.id in :ids",
                TreatmentCenter.class).setParameter("ids", ids).getResultList().forEach(c -> byId.put(c.getId(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public long count(CenterFilter filter) {
        CenterFilter.Where where = filter.where();
        TypedQuery<Long> query = em.createQuery("select count(c) from TreatmentCenter c where " + where.jpql(),
                Long.class);
        bind(query, where.params());
        return query.getSingleResult();
    }

    /** The points of the centres matching the filter that have a location, at most {@link #MAX_MARKERS}. */
    public List<CenterMarker> markers(CenterFilter filter) {
        CenterFilter.Where where = filter.where();
        TypedQuery<CenterMarker> query = em.createQuery(
                "select new ir.hami.network.CenterMarker(c.id, c.name, c.latitude, c.longitude) from TreatmentCenter c"
                        + " where " + where.jpql() + " and c.latitude is not null and c.longitude is not null"
                        + " order by c.name, c.id", CenterMarker.class);
        bind(query, where.params());
        return query.setMaxResults(MAX_MARKERS).getResultList();
    }

    /** An active centre with its insurers, services and physicians loaded, or empty. */
    public Optional<TreatmentCenter> details(long id) {
        TreatmentCenter center = em.find(TreatmentCenter.class, id);
        if (center == null || !center.isActive()) {
            return Optional.empty();
        }
        center.getInsurers().size();
        center.getServices().size();
        center.getPhysicians().size();
        return Optional.of(center);
    }

    public Optional<ReferralContact> referralContact(Long insurerId) {
        if (insurerId == null) {
            return Optional.empty();
        }
        return em.createQuery("select r from ReferralContact r where r.insurer.id = :insurer", ReferralContact.class)
                .setParameter("insurer", insurerId).getResultStream().findFirst();
    }

    /** Every insurer by name, for the administrators' menus. */
    public List<Insurer> insurers() {
        return em.createQuery("select i from Insurer i order by i.name", Insurer.class).getResultList();
    }

    public List<Province> provinces() {
        return em.createQuery("select p from Province p order by p.code", Province.class).getResultList();
    }

    /** The cities of a province by name. */
    public List<City> cities(Long provinceId) {
        if (provinceId == null) {
            return List.of();
        }
        return em.createQuery("select c from City c where c.province.id = :province order by c.name", City.class)
                .setParameter("province", provinceId).getResultList();
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
    }
}
