package ir.hami.access;

import ir.hami.notification.VerificationCodes;
import ir.hami.notification.VerificationPurpose;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Portal activation (ثبت نام): national ID + mobile → SMS code → a password of one's own. The person must be covered
 * today. A mobile on the roster must be the one typed; where the roster has none, the typed one is registered once
 * the code proves it (with the warning of seed 001). Dependents activate their own accounts.
 */
@Stateless
public class ActivationService {

    static final Duration PROOF_WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    VerificationCodes codes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the page tells after step one. */
    public record Started(String nationalId, String mobile, String maskedMobile, boolean mobileOnRoster,
                          Instant codeExpires) implements java.io.Serializable {
        // Jakarta EL 5 reads JavaBean getters only, not record accessors
        public String getMaskedMobile() {
            return maskedMobile;
        }

        public boolean isMobileOnRoster() {
            return mobileOnRoster;
        }
    }

    public Started start(String typedNationalId, String typedMobile, String ip) {
        String nationalId = NationalId.parse(typedNationalId).value();
        MobileNumber mobile = MobileNumber.parse(typedMobile);
        Person person = coveredPerson(nationalId);
        accounts.byPerson(person.getId()).filter(UserAccount::hasPassword).ifPresent(a -> {
            throw new ValidationException("activation.alreadyActive");
        });
        if (person.getMobile() != null && !person.getMobile().equals(mobile.value())) {
            audit.record(nationalId, "ACTIVATION_MOBILE_MISMATCH", mobile.masked(), ip);
            throw new ValidationException("activation.mobileMismatch");
        }
        Instant expires = codes.issue(VerificationPurpose.ACTIVATION, nationalId, mobile.value(), ip);
        return new Started(nationalId, mobile.value(), mobile.masked(), person.getMobile() != null, expires);
    }

    public void verify(Started started, String typedCode) {
        codes.verify(VerificationPurpose.ACTIVATION, started.nationalId(), normalizeCode(typedCode));
    }

    public void complete(Started started, String password, String repeated, String ip) {
        Person person = coveredPerson(started.nationalId());
        String checked = PasswordPolicy.check(password, repeated, started.nationalId(), started.mobile());
        if (!codes.spendProof(VerificationPurpose.ACTIVATION, started.nationalId(), started.mobile(), PROOF_WINDOW)) {
            throw new ValidationException("activation.expired");
        }
        Instant now = clock.instant();
        UserAccount account = accounts.byPerson(person.getId()).orElse(null);
        if (account != null && account.hasPassword()) {
            throw new ValidationException("activation.alreadyActive");
        }
        if (person.getMobile() == null) {
            person.setMobile(started.mobile());
        }
        if (account == null) {
            account = UserAccount.forMember(person, now);
            em.persist(account);
        }
        account.setPassword(PasswordHasher.hash(checked), false, now);
        audit.record(started.nationalId(), "ACTIVATED", null, ip);
    }

    private Person coveredPerson(String nationalId) {
        LocalDate today = LocalDate.now(clock);
        Person person = accounts.personByNationalId(nationalId)
                .orElseThrow(() -> new ValidationException("activation.notCovered"));
        boolean covered = accounts.coveragesOf(person.getId(), today).stream().anyMatch(c -> c.isActiveOn(today));
        if (!covered) {
            throw new ValidationException("activation.notCovered");
        }
        return person;
    }

    static String normalizeCode(String typed) {
        return typed == null ? "" : ir.hami.platform.text.PersianText.normalizeDigits(typed).replace(" ", "");
    }
}
