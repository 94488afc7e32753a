package ir.hami.access;

import ir.hami.notification.VerificationCodes;
import ir.hami.notification.VerificationPurpose;
import ir.hami.membership.Coverage;
import ir.hami.membership.LoginPolicy;
import ir.hami.membership.Person;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password recovery (seed 001): member code + national ID + mobile → SMS code → a new password. At most
 * {@code hami.recovery.max-per-period} (5) recoveries per coverage period (contract), the remaining count shown.
 * Where no password was ever set, the seed's message says what to do instead. The code goes only to the mobile on
 * file (the roster's, or one the member declared at activation after proving the member code and birth date);
 * where there is none, recovery never binds a typed mobile: the member is sent to the referral unit (issue 14).
 */
@Stateless
public class RecoveryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    VerificationCodes codes;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.recovery.max-per-period", defaultValue = "5")
    int maxPerPeriod;

    public record Started(String nationalId, String mobile, String maskedMobile, boolean mobileOnRoster,
                          int remaining, int max, Instant codeExpires) implements java.io.Serializable {
        // Jakarta EL 5 reads JavaBean getters only, not record accessors
        public String getMaskedMobile() {
            return maskedMobile;
        }

        public boolean isMobileOnRoster() {
            return mobileOnRoster;
        }

        public int getRemaining() {
            return remaining;
        }

        public int getMax() {
            return max;
        }
    }

    public Started start(String typedMemberCode, String typedNationalId, String typedMobile, String ip) {
        String nationalId = NationalId.parse(typedNationalId).value();
        MobileNumber mobile = MobileNumber.parse(typedMobile);
        Coverage coverage = coverageFor(typedMemberCode, nationalId);
        Person person = coverage.getPerson();
        UserAccount account = accounts.byPerson(person.getId()).orElse(null);
        if (account == null || !account.hasPassword()) {
            throw new ValidationException(coverage.getContract().getLoginPolicy() == LoginPolicy.LEGACY
                    ? "recovery.noPasswordLegacy" : "recovery.noPassword");
        }
        int remaining = RecoveryAllowance.remaining(used(person, coverage), maxPerPeriod);
        if (remaining == 0) {
            audit.record(nationalId, "RECOVERY_LIMIT", null, ip);
            throw new ValidationException("recovery.limitReached");
        }
        if (person.getMobile() == null) {
            audit.record(nationalId, "RECOVERY_NO_MOBILE", mobile.masked(), ip);
            throw new ValidationException("recovery.noMobile");
        }
        if (!person.getMobile().equals(mobile.value())) {
            audit.record(nationalId, "RECOVERY_MOBILE_MISMATCH", mobile.masked(), ip);
            throw new ValidationException("recovery.mobileMismatch");
        }
        Instant expires = codes.issue(VerificationPurpose.RECOVERY, nationalId, mobile.value(), ip);
        return new Started(nationalId, mobile.value(), mobile.masked(), person.getMobile() != null, remaining,
                maxPerPeriod, expires);
    }

    public void verify(Started started, String typedCode) {
        codes.verify(VerificationPurpose.RECOVERY, started.nationalId(), ActivationService.normalizeCode(typedCode));
    }

    /** @return the recoveries left in this period after this one */
    public int complete(Started started, String typedMemberCode, String password, String repeated, String ip) {
        Coverage coverage = coverageFor(typedMemberCode, started.nationalId());
        Person person = coverage.getPerson();
        UserAccount account = accounts.byPerson(person.getId())
                .orElseThrow(() -> new ValidationException("recovery.noPassword"));
        String checked = PasswordPolicy.check(password, repeated, started.nationalId(), started.mobile());
        int remaining = RecoveryAllowance.remaining(used(person, coverage), maxPerPeriod);
        if (remaining == 0) {
            throw new ValidationException("recovery.limitReached");
        }
        if (!codes.spendProof(VerificationPurpose.RECOVERY, started.nationalId(), started.mobile(),
                ActivationService.PROOF_WINDOW)) {
            throw new ValidationException("activation.expired");
        }
        Instant now = clock.instant();
        if (!started.mobile().equals(person.getMobile())) {
            throw new ValidationException("activation.expired");
        }
        account.setPassword(PasswordHasher.hash(checked), false, now);
        em.persist(new PasswordRecovery(person, coverage.getContract(), now));
        rememberMe.forgetAll(account.getId());
        audit.record(started.nationalId(), "PASSWORD_RECOVERED", null, ip);
        return remaining - 1;
    }

    private long used(Person person, Coverage coverage) {
        return em.createQuery("select count(r) from PasswordRecovery r where r.person.id = :p and r.contract.id = :c",
                        Long.class)
                .setParameter("p", person.getId()).setParameter("c", coverage.getContract().getId())
                .getSingleResult();
    }

    /** The coverage in force today that this member code and national ID identify together. */
    private Coverage coverageFor(String typedMemberCode, String nationalId) {
        String memberCode = Accounts.normalizeMemberCode(typedMemberCode);
        LocalDate today = LocalDate.now(clock);
        Person person = accounts.personByNationalId(nationalId)
                .orElseThrow(() -> new ValidationException("recovery.notFound"));
        var coverages = accounts.coveragesOf(person.getId(), today);
        boolean codeMatches = coverages.stream()
                .anyMatch(c -> Accounts.normalizeMemberCode(c.getMemberCode()).equals(memberCode));
        if (!codeMatches) {
            throw new ValidationException("recovery.notFound");
        }
        return coverages.stream().filter(c -> c.isActiveOn(today)).findFirst()
                .orElseThrow(() -> new ValidationException("recovery.noActiveCoverage"));
    }
}
