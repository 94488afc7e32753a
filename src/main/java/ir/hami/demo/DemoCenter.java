package ir.hami.demo;

import ir.hami.eligibility.ApiKeys;
import ir.hami.access.UserAccount;
import ir.hami.network.CenterAdmin;
import ir.hami.network.CenterType;
import ir.hami.network.City;
import ir.hami.network.ContractType;
import ir.hami.network.Province;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data only ({@code hami.demo.data=true}): gives the demo {@code center} user a centre (found or created by the
 * code {@value #CODE}; the network's demo centres come later) and that centre the fixed demo API key
 * {@value #DEMO_KEY} named in the README. Never in production.
 */
@Singleton
// it issues the demo API key and indexes the centre's name: services for administrators
@RunAs(Roles.ADMIN)
public class DemoCenter {

    public static final String CODE = "DEMO-C1";
    public static final String DEMO_KEY = "hami-demo-key-0001";
    private static final Logger LOG = Logger.getLogger(DemoCenter.class.getName());

    @Inject
    @ConfigProperty(name = "hami.demo.data", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @EJB
    ApiKeys apiKeys;

    @EJB
    CenterAdmin centerAdmin;

    /** Called by {@link DemoStart} after the members are in. */
    public void setUp() {
        if (!enabled) {
            return;
        }
        try {
            TreatmentCenter center = findOrCreate();
            em.createQuery("select a from UserAccount a where a.username = 'center'", UserAccount.class)
                    .getResultList().stream().filter(a -> a.getCenterId() == null)
                    .forEach(a -> a.setCenterId(center.getId()));
            if (!apiKeys.exists(DEMO_KEY)) {
                apiKeys.issue(center.getId(), DEMO_KEY, "demo key (README)", "demo");
            }
            LOG.info("Demo centre " + CODE + " (id " + center.getId() + "), API key " + DEMO_KEY);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo centre could not be set up", e);
        }
    }

    private TreatmentCenter findOrCreate() {
        List<TreatmentCenter> found = em.createQuery("select c from TreatmentCenter c where c.code = :code",
                TreatmentCenter.class).setParameter("code", CODE).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        List<City> cities = em.createQuery("select c from City c order by c.id", City.class).setMaxResults(1)
                .getResultList();
        City city;
        if (cities.isEmpty()) {
            Province province = new Province("DM", "تهران", "Tehran");
            em.persist(province);
            city = new City(province, "تهران");
            em.persist(city);
        } else {
            city = cities.get(0);
        }
        TreatmentCenter center = new TreatmentCenter(CODE, "بیمارستان نمونه", CenterType.values()[0],
                ContractType.values()[0], city);
        em.persist(center);
        em.flush();
        centerAdmin.indexName(center);
        return center;
    }
}
