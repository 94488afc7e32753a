package ir.hami.access;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;

/**
 * Staff sign a member out of every device of the app (a lost or stolen phone): the member's account found by national
 * ID, how many devices are signed in, and {@link ApiTokens#revokeAll} in the staff member's name (audited). Only the
 * referral unit (which looks after members' accounts, see {@link SelfDeclaredMobiles}) and administrators.
 */
@Stateless
@RolesAllowed({Roles.REFERRAL, Roles.ADMIN})
public class MemberDevices {

    public static final String KEY_NOT_FOUND = "memberDevices.notFound";

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Resource
    SessionContext session;

    /** A member's account as the staff page shows it. */
    public record Account(long accountId, String displayName, String nationalId, long devices) implements Serializable {
        // Jakarta EL 5 reads JavaBean getters only
        public long getAccountId() { return accountId; }
        public String getDisplayName() { return displayName; }
        public String getNationalId() { return nationalId; }
        public long getDevices() { return devices; }
    }

    /** The member account of this national ID, if there is one. */
    public Optional<Account> find(String typedNationalId) {
        String nationalId = NationalId.parse(typedNationalId).value();
        return accounts.personByNationalId(nationalId)
                .flatMap(p -> accounts.byPerson(p.getId()))
                .map(a -> new Account(a.getId(), a.getDisplayName(), nationalId, tokens.activeDevices(a.getId())));
    }

    /** Signs the member's account out of every device; how many were signed in. */
    public int signOutAll(long accountId, String ip) {
        UserAccount account = accounts.byId(accountId).filter(a -> a.getPerson() != null)
                .orElseThrow(() -> new ValidationException(KEY_NOT_FOUND));
        return tokens.revokeAll(account.getId(), session.getCallerPrincipal().getName(), ip);
    }
}
