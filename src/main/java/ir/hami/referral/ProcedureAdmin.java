package ir.hami.referral;

import ir.hami.platform.ValidationException;
import ir.hami.platform.persistence.FormSubmissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Administrators keep the list of procedures a referral request may name, and which of them need the trusted
 * physician's exam first. A code is unique and fixed once created; an edit names the version the administrator saw.
 */
@Stateless
public class ProcedureAdmin {

    public static final String CODE_TAKEN = "procedures.code.taken";
    public static final String CONFLICT = "procedures.conflict";

    /** The kind of form under which a new procedure's form key is recorded. */
    static final String FORM_KIND = "procedure";

    @PersistenceContext
    EntityManager em;

    @Inject
    FormSubmissions submissions;

    /** A page of the list (active and not), by code. */
    public List<ReferralProcedure> list(Viewer viewer, int first, int pageSize) {
        requireAdmin(viewer);
        return em.createQuery("select p from ReferralProcedure p order by p.code", ReferralProcedure.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100)))
                .getResultList();
    }

    public long count(Viewer viewer) {
        requireAdmin(viewer);
        return em.createQuery("select count(p) from ReferralProcedure p", Long.class).getSingleResult();
    }

    public ProcedureForm load(Viewer viewer, long id) {
        requireAdmin(viewer);
        ReferralProcedure p = em.find(ReferralProcedure.class, id);
        if (p == null) {
            throw new ValidationException(ReferralDesk.NOT_FOUND);
        }
        return ProcedureForm.of(p);
    }

    /**
     * Creates or updates.
     *
     * @throws ValidationException the form's own keys, {@link #CODE_TAKEN}, {@link #CONFLICT} when someone saved the
     *                             procedure since it was opened
     */
    public ReferralProcedure save(Viewer viewer, ProcedureForm form) {
        requireAdmin(viewer);
        form.validate();
        if (form.isNew()) {
            Optional<ReferralProcedure> earlier = submissions.earlier(form.getFormKey(), FORM_KIND)
                    .map(id -> em.find(ReferralProcedure.class, id));
            if (earlier.isPresent()) {
                return earlier.get(); // the same form sent again: the procedure it made
            }
            // before the code's check: a racing twin stops at the key (a refusal below rolls the key back too)
            submissions.begin(form.getFormKey(), FORM_KIND, viewer.username());
            String code = form.normalizedCode();
            if (em.createQuery("select count(p) from ReferralProcedure p where p.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult() > 0) {
                throw new ValidationException(CODE_TAKEN, code);
            }
            ReferralProcedure p = new ReferralProcedure(code, form.normalizedTitle(), form.isRequiresExam());
            p.update(form.normalizedTitle(), form.isRequiresExam(), form.isActive());
            em.persist(p);
            em.flush();
            submissions.made(form.getFormKey(), p.getId());
            return p;
        }
        ReferralProcedure p = em.find(ReferralProcedure.class, form.getId(), LockModeType.OPTIMISTIC);
        if (p == null || p.getVersion() != form.getVersion()) {
            throw new ValidationException(CONFLICT);
        }
        p.update(form.normalizedTitle(), form.isRequiresExam(), form.isActive());
        em.flush();
        return p;
    }

    private static void requireAdmin(Viewer viewer) {
        if (viewer.role() != ir.hami.platform.security.Role.ADMIN) {
            throw new ValidationException(ReferralDesk.REFUSED);
        }
    }
}
