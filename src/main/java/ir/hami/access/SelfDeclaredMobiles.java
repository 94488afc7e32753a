package ir.hami.access;

import ir.hami.membership.Person;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The referral unit's list of accounts whose mobile was typed by the member at activation (the roster had none):
 * they are checked with the member or the policyholder and then either confirmed (the mark stays, the row leaves the
 * list) or cleared (the mobile is removed from the person, the password too, so the member must activate again).
 * Both are audited. Only the referral unit and administrators may use it.
 */
@Stateless
@RolesAllowed({"REFERRAL", "ADMIN"})
public class SelfDeclaredMobiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** One row of the staff page. */
    public record Row(long accountId, String displayName, String nationalId, String mobile, Instant declaredAt)
            implements Serializable {
        // Jakarta EL 5 reads JavaBean getters only
        public long getAccountId() { return accountId; }
        public String getDisplayName() { return displayName; }
        public String getNationalId() { return nationalId; }
        public String getMobile() { return mobile; }
        public Instant getDeclaredAt() { return declaredAt; }
    }

    /** How many self-declared mobiles wait for a check. */
    public long uncheckedCount() {
        return em.createQuery("select count(a) from UserAccount a where a.mobileSelfDeclared = true "
                + "and a.mobileCheckedAt is null", Long.class).getSingleResult();
    }

    /** A page of them, the newest first. */
    public List<Row> unchecked(int first, int size) {
        return em.createQuery("select a from UserAccount a join fetch a.person where a.mobileSelfDeclared = true "
                        + "and a.mobileCheckedAt is null order by a.id desc", UserAccount.class)
                .setFirstResult(first).setMaxResults(Math.min(size, 100))
                .getResultStream()
                .map(a -> new Row(a.getId(), a.getDisplayName(), a.getPerson().getNationalId(),
                        a.getPerson().getMobile(), a.getMobileDeclaredAt()))
                .toList();
    }

    /** The unit checked the mobile with the member: it stays, the account leaves the list. */
    public void confirm(long accountId, String ip) {
        UserAccount account = declared(accountId);
        account.confirmMobile(session.getCallerPrincipal().getName(), clock.instant());
        audit.record(session.getCallerPrincipal().getName(), "MOBILE_DECLARATION_CONFIRMED",
                account.getUsername(), ip);
    }

    /**
     * The mobile is not the member's (or cannot be checked): it is removed from the person, the account loses its
     * password and its remember-me tokens, and the member must activate again (proving the roster data once more).
     */
    public void clear(long accountId, String ip) {
        UserAccount account = declared(accountId);
        Person person = account.getPerson();
        String mobile = person.getMobile();
        person.setMobile(null);
        account.clearDeclaredMobile();
        rememberMe.forgetAll(account.getId());
        audit.record(session.getCallerPrincipal().getName(), "MOBILE_DECLARATION_CLEARED",
                account.getUsername() + (mobile == null ? "" : " " + ir.hami.platform.id.MobileNumber.parse(mobile)
                        .masked()), ip);
    }

    private UserAccount declared(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !account.isMobileSelfDeclared() || account.getPerson() == null) {
            throw new ValidationException("declaredMobile.missing");
        }
        return account;
    }
}
