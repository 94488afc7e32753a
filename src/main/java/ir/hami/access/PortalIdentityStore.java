package ir.hami.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Turns a redeemed login ticket into the caller and its role for Jakarta Security. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    LoginTickets tickets;

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof TicketCredential ticket)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Long accountId = tickets.redeem(ticket.ticket());
        if (accountId == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.byId(accountId)
                .filter(UserAccount::isEnabled)
                .map(a -> new CredentialValidationResult(a.getUsername(), Set.of(a.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
