package ir.hami.access;

import ir.hami.platform.security.Role;
import ir.hami.membership.Coverage;
import ir.hami.membership.LoginPolicy;
import ir.hami.membership.MembershipType;
import ir.hami.membership.Person;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.security.PasswordHasher;
import ir.hami.platform.security.RateLimiter;
import ir.hami.platform.text.PersianText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides a login: who the typed identifier is (national ID, member code or staff username), whether the password
 * is right, whether the membership type matches a contract of theirs, and whether too many failures lock the
 * account or the address. Legacy contracts: with no password set yet, the main member's national ID is the first
 * password and the account is created with a forced change.
 */
@Stateless
public class LoginService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.login.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "hami.login.max-failures-per-ip", defaultValue = "30")
    int maxFailuresPerIp;

    @Inject
    @ConfigProperty(name = "hami.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public LoginOutcome login(String typedIdentifier, String password, MembershipType membershipType, String ip) {
        String identifier = Accounts.normalizeIdentifier(typedIdentifier);
        Duration window = Duration.ofMinutes(lockMinutes);
        String ipBucket = "login-fail:ip:" + ip;
        // Each attempt first takes a failure's place in both buckets, checked and recorded in one step, so parallel
        // guesses cannot all pass the count; a right password gives the places back.
        Optional<RateLimiter.Permit> ipPermit = rateLimiter.acquire(
                List.of(new RateLimiter.Limit(ipBucket, maxFailuresPerIp, window)));
        if (ipPermit.isEmpty()) {
            audit.record(identifier, "LOGIN_IP_BLOCKED", null, ip);
            return LoginOutcome.locked(LoginOutcome.Status.IP_BLOCKED, minutesLeft(ipBucket, window));
        }
        Candidate candidate = resolve(identifier);
        String accountBucket = "login-fail:acct:" + candidate.key();
        Optional<RateLimiter.Permit> accountPermit = rateLimiter.acquire(
                List.of(new RateLimiter.Limit(accountBucket, maxFailuresPerAccount, window)));
        if (accountPermit.isEmpty()) {
            rateLimiter.release(ipPermit.get());
            audit.record(candidate.key(), "LOGIN_LOCKED", null, ip);
            return LoginOutcome.locked(LoginOutcome.Status.ACCOUNT_LOCKED, minutesLeft(accountBucket, window));
        }
        String typedPassword = password == null ? "" : PersianText.normalizeDigits(password);
        UserAccount account = authenticate(candidate, typedPassword);
        if (account == null) {
            audit.record(candidate.key(), "LOGIN_FAILED", null, ip);
            return LoginOutcome.refused(LoginOutcome.Status.FAILED);
        }
        rateLimiter.release(ipPermit.get());
        rateLimiter.release(accountPermit.get());
        if (!account.isEnabled()) {
            audit.record(account.getUsername(), "LOGIN_DISABLED", null, ip);
            return LoginOutcome.refused(LoginOutcome.Status.DISABLED);
        }
        if (account.getRole() == Role.MEMBER && membershipType == null) {
            return LoginOutcome.refused(LoginOutcome.Status.MEMBERSHIP_TYPE_REQUIRED);
        }
        if (account.getRole() == Role.MEMBER && !hasContractOfType(candidate.person(), membershipType)) {
            audit.record(account.getUsername(), "LOGIN_WRONG_TYPE", String.valueOf(membershipType), ip);
            return LoginOutcome.refused(LoginOutcome.Status.WRONG_MEMBERSHIP_TYPE);
        }
        rateLimiter.clear(accountBucket);
        account.recordLogin(clock.instant());
        audit.record(account.getUsername(), "LOGIN", null, ip);
        return LoginOutcome.success(account);
    }

    /** Whether failed logins lock this account now (members: by national ID), as {@link #login} would refuse it. */
    public boolean isLocked(String accountKey) {
        return rateLimiter.exceeded("login-fail:acct:" + accountKey, maxFailuresPerAccount,
                Duration.ofMinutes(lockMinutes));
    }

    /** The account, when the password is right; null otherwise (spending the same time either way). */
    private UserAccount authenticate(Candidate candidate, String password) {
        UserAccount account = candidate.account();
        if (account != null && account.hasPassword()) {
            if (PasswordHasher.verify(password, account.getPasswordHash())) {
                if (PasswordHasher.needsRehash(account.getPasswordHash())) {
                    account.setPassword(PasswordHasher.hash(password), account.isMustChangePassword(),
                            clock.instant());
                }
                return account;
            }
            return null;
        }
        Person person = candidate.person();
        if (person == null) {
            PasswordHasher.burnTime(password);
            return null;
        }
        // No password yet: only a legacy contract lets the main member's national ID in, and only to change it.
        Optional<Coverage> legacy = activeCoverages(person).stream()
                .filter(c -> c.getContract().getLoginPolicy() == LoginPolicy.LEGACY)
                .findFirst();
        PasswordHasher.burnTime(password);
        if (legacy.isEmpty() || !legacy.get().getMainPerson().getNationalId().equals(password)) {
            return null;
        }
        Instant now = clock.instant();
        UserAccount created = account != null ? account : UserAccount.forMember(person, now);
        created.setPassword(PasswordHasher.hash(password), true, now);
        if (account == null) {
            em.persist(created);
        }
        return created;
    }

    private boolean hasContractOfType(Person person, MembershipType type) {
        return person != null && activeCoverages(person).stream()
                .anyMatch(c -> c.getContract().getMembershipType() == type);
    }

    private List<Coverage> activeCoverages(Person person) {
        LocalDate today = LocalDate.now(clock);
        return accounts.coveragesOf(person.getId(), today).stream().filter(c -> c.isActiveOn(today)).toList();
    }

    private Candidate resolve(String identifier) {
        if (identifier.matches("\\d{10}")) {
            Optional<UserAccount> account = accounts.byUsername(identifier);
            Person person = account.map(UserAccount::getPerson)
                    .orElseGet(() -> accounts.personByNationalId(identifier).orElse(null));
            return new Candidate(identifier, account.orElse(null), person);
        }
        Optional<UserAccount> staff = accounts.byUsername(identifier);
        if (staff.isPresent()) {
            return new Candidate(identifier, staff.get(), staff.get().getPerson());
        }
        Optional<Coverage> byCode = accounts.coverageByMemberCode(identifier.toUpperCase(java.util.Locale.ROOT))
                .or(() -> accounts.coverageByMemberCode(identifier));
        if (byCode.isPresent()) {
            Person person = byCode.get().getPerson();
            return new Candidate(person.getNationalId(), accounts.byPerson(person.getId()).orElse(null), person);
        }
        return new Candidate(identifier.isEmpty() ? "-" : identifier, null, null);
    }

    private long minutesLeft(String bucket, Duration window) {
        Instant oldest = rateLimiter.oldestIn(bucket, window);
        if (oldest == null) {
            return 1;
        }
        long seconds = Duration.between(clock.instant(), oldest.plus(window)).getSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    private record Candidate(String key, UserAccount account, Person person) {
    }
}
