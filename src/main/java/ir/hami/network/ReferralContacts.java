package ir.hami.network;

import jakarta.annotation.security.RolesAllowed;
import ir.hami.platform.security.Roles;
import ir.hami.membership.Insurer;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Administrators keep the referral unit's lines of each insurer ({@link ReferralContact}): list, create (one set of
 * lines per insurer), edit and delete. An edit or a delete made on an older version is refused ({@link #KEY_CONFLICT}).
 * Members read the lines through {@link CenterDirectory#referralContact}, so a change shows at their next visit.
 */
@RolesAllowed(Roles.ADMIN)
@Stateless
public class ReferralContacts {

    public static final String KEY_CONFLICT = "referralLines.conflict";
    public static final String KEY_INSURER_TAKEN = "referralLines.insurerTaken";

    @PersistenceContext(unitName = "hami")
    EntityManager em;

    @Resource
    SessionContext context;

    /** Every insurer's lines, by insurer name (one row per insurer: a short list). */
    public List<ReferralContact> list() {
        return em.createQuery("select r from ReferralContact r join fetch r.insurer i order by i.name, r.id",
                ReferralContact.class).getResultList();
    }

    /** The insurers that have no lines yet, by name: the choice when creating. */
    public List<Insurer> insurersWithoutLines() {
        return em.createQuery("select i from Insurer i where not exists (select r from ReferralContact r"
                + " where r.insurer = i) order by i.name", Insurer.class).getResultList();
    }

    public ReferralContactForm load(long id) {
        ReferralContact r = em.find(ReferralContact.class, id);
        if (r == null) {
            throw new ReferralContact.Invalid(null, KEY_CONFLICT);
        }
        ReferralContactForm f = new ReferralContactForm();
        f.setId(r.getId());
        f.setVersion(r.getVersion());
        f.setInsurerId(r.getInsurer().getId());
        f.setInsurerName(r.getInsurer().getName());
        f.setOfficeHours(r.getOfficeHours());
        f.setOfficePhones(r.getOfficePhones());
        f.setOfficeExtensions(r.getOfficeExtensions());
        f.setAfterHoursPhones(r.getAfterHoursPhones());
        f.setAfterHoursExtensions(r.getAfterHoursExtensions());
        return f;
    }

    /** Creates the lines of the form's insurer or updates the form's lines; returns their id. */
    public long save(ReferralContactForm f) {
        if (f.getId() == null) {
            Insurer insurer = f.getInsurerId() == null ? null : em.find(Insurer.class, f.getInsurerId());
            if (insurer == null) {
                throw new ReferralContact.Invalid(ReferralContact.Field.INSURER, ReferralContact.KEY_REQUIRED);
            }
            if (!em.createQuery("select r.id from ReferralContact r where r.insurer.id = :insurer", Long.class)
                    .setParameter("insurer", insurer.getId()).getResultList().isEmpty()) {
                throw new ReferralContact.Invalid(ReferralContact.Field.INSURER, KEY_INSURER_TAKEN);
            }
            ReferralContact created = new ReferralContact(insurer, f);
            em.persist(created);
            flush();
            return created.getId();
        }
        ReferralContact r = current(f.getId(), f.getVersion());
        r.change(f);
        flush();
        return r.getId();
    }

    public void delete(long id, long version) {
        em.remove(current(id, version));
        flush();
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // changed between our read and our write: nothing of this transaction may be kept
            context.setRollbackOnly();
            throw new ReferralContact.Invalid(null, KEY_CONFLICT);
        }
    }

    private ReferralContact current(long id, long version) {
        ReferralContact r = em.find(ReferralContact.class, id);
        if (r == null || r.getVersion() != version) {
            throw new ReferralContact.Invalid(null, KEY_CONFLICT);
        }
        return r;
    }
}
