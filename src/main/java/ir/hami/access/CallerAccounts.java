package ir.hami.access;

import ir.hami.platform.security.Caller;
import ir.hami.platform.security.CallerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The portal's accounts as {@link CallerDirectory}: who a logged-in username is. */
@ApplicationScoped
public class CallerAccounts implements CallerDirectory {

    @Inject
    Accounts accounts;

    @Override
    public Optional<Caller> byUsername(String username) {
        return accounts.byUsername(username).map(account -> new Caller(
                account.getUsername(), account.getId(), account.getRole(),
                account.getPerson() != null ? account.getPerson().getFullName() : account.getDisplayName(),
                account.getPerson() == null ? null : account.getPerson().getId(),
                account.getCenterId(), account.isMustChangePassword()));
    }
}
