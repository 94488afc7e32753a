package ir.hami.access;

import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.security.PasswordHasher;
import ir.hami.platform.text.PersianText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** A logged-in user's own account: changing the password (also the forced change after a legacy first login). */
@Stateless
public class AccountService {

    @Inject
    Accounts accounts;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public void changePassword(long accountId, String current, String password, String repeated, String ip) {
        UserAccount account = accounts.byId(accountId).orElseThrow(() -> new ValidationException("account.missing"));
        String typedCurrent = current == null ? "" : PersianText.normalizeDigits(current);
        if (!PasswordHasher.verify(typedCurrent, account.getPasswordHash())) {
            audit.record(account.getUsername(), "PASSWORD_CHANGE_REFUSED", null, ip);
            throw new ValidationException("password.currentWrong");
        }
        String nationalId = account.getPerson() == null ? null : account.getPerson().getNationalId();
        String mobile = account.getPerson() == null ? null : account.getPerson().getMobile();
        String checked = PasswordPolicy.check(password, repeated, nationalId, mobile, account.getUsername());
        if (typedCurrent.equals(checked)) {
            throw new ValidationException("password.sameAsOld");
        }
        account.setPassword(PasswordHasher.hash(checked), false, clock.instant());
        rememberMe.forgetAll(account.getId());
        audit.record(account.getUsername(), "PASSWORD_CHANGED", null, ip);
    }
}
