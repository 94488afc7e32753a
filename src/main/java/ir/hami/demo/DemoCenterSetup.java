package ir.hami.demo;

import ir.hami.demo.DemoCenter;
import ir.hami.membership.Insurer;
import ir.hami.network.TreatmentCenter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Demo data only: makes the demo centre one that issues referral letters online, for every insurer. */
@Stateless
public class DemoCenterSetup {

    @PersistenceContext
    EntityManager em;

    /** DEMO-C1 issues letters online and is contracted with every insurer; returns its id. */
    public long prepareDemoCenter() {
        TreatmentCenter center = em.createQuery("select c from TreatmentCenter c where c.code = :c",
                TreatmentCenter.class).setParameter("c", DemoCenter.CODE).getSingleResult();
        center.setReferralFlags(true, true);
        for (Insurer insurer : em.createQuery("select i from Insurer i", Insurer.class).setMaxResults(50)
                .getResultList()) {
            center.getInsurers().add(insurer);
        }
        return center.getId();
    }
}
