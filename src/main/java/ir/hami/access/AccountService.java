package ir.hami.access;

import ir.hami.notification.VerificationCodes;
import ir.hami.notification.VerificationPurpose;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.security.PasswordHasher;
import ir.hami.platform.text.PersianText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * A logged-in user's own account: changing the password (also the forced change after a legacy first login). A
 * forced change of a member whose roster has a mobile is confirmed by an SMS code to that mobile: the legacy first
 * password (the main member's national ID) is known to too many people to be proof alone.
 */
@Stateless
public class AccountService {

    @Inject
    Accounts accounts;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    VerificationCodes codes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Whether this account's password change needs an SMS code (forced change, mobile on file). */
    public boolean changeNeedsCode(long accountId) {
        return accounts.byId(accountId).map(AccountService::needsCode).orElse(false);
    }

    /** Sends the code for a forced change to the mobile on file; the masked mobile, for the page. */
    public String sendChangeCode(long accountId, String ip) {
        UserAccount account = accounts.byId(accountId).orElseThrow(() -> new ValidationException("account.missing"));
        if (!needsCode(account)) {
            throw new ValidationException("password.codeNotNeeded");
        }
        String mobile = account.getPerson().getMobile();
        codes.issue(VerificationPurpose.PASSWORD_CHANGE, codeSubject(account), mobile, ip);
        return MobileNumber.parse(mobile).masked();
    }

    public void changePassword(long accountId, String current, String password, String repeated, String ip) {
        changePassword(accountId, current, password, repeated, null, ip);
    }

    /** {@code code}: the SMS code, needed only when {@link #changeNeedsCode} says so. */
    public void changePassword(long accountId, String current, String password, String repeated, String code,
                               String ip) {
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
        if (needsCode(account)) {
            if (code == null || code.isBlank()) {
                throw new ValidationException("password.codeRequired");
            }
            String sentTo = codes.verify(VerificationPurpose.PASSWORD_CHANGE, codeSubject(account),
                    ActivationService.normalizeCode(code));
            if (!sentTo.equals(mobile)) {
                throw new ValidationException("sms.code.expired");
            }
        }
        account.setPassword(PasswordHasher.hash(checked), false, clock.instant());
        rememberMe.forgetAll(account.getId());
        audit.record(account.getUsername(), "PASSWORD_CHANGED", null, ip);
    }

    private static boolean needsCode(UserAccount account) {
        return account.isMustChangePassword() && account.getPerson() != null && account.getPerson().getMobile() != null;
    }

    private static String codeSubject(UserAccount account) {
        return "account:" + account.getId();
    }
}
