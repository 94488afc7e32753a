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
 * today. A mobile on the roster must be the one typed. Where the roster has none, a national ID alone proves
 * nothing (anyone may know it): the person must also type what only the member holds from the roster, the member
 * code of a coverage in force and the birth date; only then is a code sent to the typed mobile, and once the code
 * proves it the mobile is bound and the account marked as having a self-declared mobile (audited), which the
 * referral unit sees and can confirm or clear ({@link SelfDeclaredMobiles}). Dependents activate their own accounts.
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

    /**
     * Step one. {@code typedMemberCode} and {@code birthDate} are what the roster knows of the member; they are
     * needed (and checked) only where the roster has no mobile.
     */
    public Started start(String typedNationalId, String typedMobile, String typedMemberCode, LocalDate birthDate,
                         String ip) {
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
        if (person.getMobile() == null && !rosterProofMatches(person, typedMemberCode, birthDate)) {
            audit.record(nationalId, "ACTIVATION_ROSTER_MISMATCH", mobile.masked(), ip);
            throw new ValidationException("activation.rosterProof");
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
        if (person.getMobile() != null && !person.getMobile().equals(started.mobile())) {
            // the roster got another mobile meanwhile: the code proved a mobile that is not the member's
            throw new ValidationException("activation.expired");
        }
        boolean selfDeclared = person.getMobile() == null;
        if (account == null) {
            account = UserAccount.forMember(person, now);
            em.persist(account);
        }
        if (selfDeclared) {
            // the code was sent only after the member code and birth date matched the roster (start)
            person.setMobile(started.mobile());
            account.declareMobile(now);
            audit.record(started.nationalId(), "MOBILE_SELF_DECLARED", MobileNumber.parse(started.mobile()).masked(),
                    ip);
        }
        account.setPassword(PasswordHasher.hash(checked), false, now);
        audit.record(started.nationalId(), "ACTIVATED", null, ip);
    }

    /** Whether the typed member code is of a coverage of this person in force today and the birth date is theirs. */
    private boolean rosterProofMatches(Person person, String typedMemberCode, LocalDate birthDate) {
        if (birthDate == null || person.getBirthDate() == null || !person.getBirthDate().equals(birthDate)) {
            return false;
        }
        String memberCode = Accounts.normalizeMemberCode(typedMemberCode);
        LocalDate today = LocalDate.now(clock);
        return !memberCode.isEmpty() && accounts.coveragesOf(person.getId(), today).stream()
                .anyMatch(c -> c.isActiveOn(today) && memberCode.equals(Accounts.normalizeMemberCode(c.getMemberCode())));
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
