package ir.hami.claims;

import ir.hami.notification.Notifications;
import ir.hami.platform.ValidationException;
import ir.hami.platform.id.TrackingCodes;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * What every claims service shares: finding a claim the viewer may see, recording a change as an event and telling
 * the family's main member (portal notification and SMS, both through the outbox of the same transaction).
 */
@Stateless
@PermitAll
public class ClaimRecords {

    /** Message key: no such claim, or not this viewer's (the same answer, so ids cannot be probed). */
    public static final String REFUSED = "claims.refused";
    /** Message key: someone changed the claim since the page was shown. */
    public static final String CONFLICT = "claims.conflict";

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    /** The claim, if this viewer may see it; otherwise {@link #REFUSED}. */
    public Claim visible(ClaimViewer viewer, long claimId) {
        Claim c = em.find(Claim.class, claimId);
        if (c == null || !viewer.maySee(c)) {
            throw new ValidationException(REFUSED);
        }
        if (c.getState() == ClaimState.DRAFT && !c.getCreatedBy().equals(viewer.username())) {
            throw new ValidationException(REFUSED); // a draft is its writer's alone
        }
        return c;
    }

    /** The claim for a change, locked, if the viewer may see it and it is still the version the viewer saw. */
    public Claim forChange(ClaimViewer viewer, long claimId, long seenVersion) {
        Claim c = visible(viewer, claimId);
        if (c.getVersion() != seenVersion) {
            throw new ValidationException(CONFLICT);
        }
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return c;
    }

    /** The claim's history, oldest first. */
    public List<ClaimEvent> events(long claimId) {
        return em.createQuery("select e from ClaimEvent e where e.claimId = :c order by e.id", ClaimEvent.class)
                .setParameter("c", claimId).getResultList();
    }

    /** The claim's document images, by round then as added. */
    public List<ClaimDocument> documents(long claimId) {
        return em.createQuery("select d from ClaimDocument d where d.claimId = :c order by d.round, d.id",
                ClaimDocument.class).setParameter("c", claimId).getResultList();
    }

    /**
     * Records the change and, for a submitted claim, tells the family's main member with {@code key}. A claim that
     * becomes registered is given to the assessor the reception rules name ({@link ClaimAssignments}).
     */
    public void record(Claim c, ClaimEvent event, String key, Object... args) {
        if (event.getToState() == ClaimState.REGISTERED && event.getFromState() != ClaimState.REGISTERED
                && c.getAssignedTo() == null) {
            // reception: every way a claim is registered (a member's submission, a centre's invoice) comes here
            c.assignTo(ClaimAssignments.assessorFor(em, c.getInsurerId(), c.getResidenceProvinceId()).orElse(null));
        }
        em.persist(event.of(c.getId()));
        if (key != null) {
            notifications.notify(c.getMainPersonId(), "CLAIM", "/member/claim.xhtml?id=" + c.getId(), key, args);
        }
    }

    /** Records the change and tells the family's main member with {@code key}, the notification opening {@code link}. */
    public void recordLinked(Claim c, ClaimEvent event, String link, String key, Object... args) {
        em.persist(event.of(c.getId()));
        notifications.notify(c.getMainPersonId(), "CLAIM", link, key, args);
    }

    /** A tracking code no claim has yet (random codes collide rarely; a collision just draws again). */
    public String newTrackingCode() {
        for (int i = 0; i < 10; i++) {
            String code = TrackingCodes.next();
            if (em.createQuery("select count(c) from Claim c where c.trackingCode = :t", Long.class)
                    .setParameter("t", code).getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 10 draws");
    }
}
