package ir.hami.access;

import ir.hami.notification.VerificationCodes;
import ir.hami.notification.VerificationPurpose;
import ir.hami.membership.Person;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.security.PasswordHasher;
import ir.hami.platform.security.RateLimiter;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Portal activation (ثبت نام): national ID + mobile → SMS code → a password of one's own. The person must be covered
 * today. A mobile on the roster must be the one typed. Where the roster has none, a national ID alone proves
 * nothing (anyone may know it): the person must also type what only the member holds from the roster, the member
 * code of a coverage in force and the birth date; only then is a code sent to the typed mobile, and once the code
 * proves it the mobile is bound and the account marked as having a self-declared mobile (audited), which the
 * referral unit sees and can confirm or clear ({@link SelfDeclaredMobiles}). Dependents activate their own accounts.
 * Step one answers alike in every case, so the page tells nobody whether a national ID is covered or which mobile
 * the roster has; failures are counted per address and per national ID.
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
    RateLimiter rateLimiter;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.activation.max-failures-per-ip", defaultValue = "20")
    int maxFailuresPerIp;

    @Inject
    @ConfigProperty(name = "hami.activation.max-failures-per-national-id", defaultValue = "5")
    int maxFailuresPerNationalId;

    @Inject
    @ConfigProperty(name = "hami.activation.failure-window-minutes", defaultValue = "60")
    int failureWindowMinutes;

    /**
     * What the page keeps after step one: what the person typed, nothing about the roster. Every answer to step one
     * looks the same, whether a code was sent or not.
     */
    public record Started(String nationalId, String mobile, String maskedMobile) implements java.io.Serializable {
        // Jakarta EL 5 reads JavaBean getters only, not record accessors
        public String getMaskedMobile() {
            return maskedMobile;
        }
    }

    /**
     * Step one. {@code typedMemberCode} and {@code birthDate} are what the roster knows of the member; they are
     * needed (and checked) only where the roster has no mobile. The answer is the same whatever the case (not
     * covered, another mobile on the roster, roster data wrong, already active, code sent): only the owner of the
     * mobile learns, by the SMS, that it was right. Refusals are audited and counted per address and per national
     * ID; over {@code hami.activation.max-failures-per-ip} or {@code -per-national-id} in the window the step is
     * refused with a message. Not transactional itself: each count, audit line and code is written on its own, so a
     * refusal that rolls a step back cannot undo the count.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Started start(String typedNationalId, String typedMobile, String typedMemberCode, LocalDate birthDate,
                         String ip) {
        String nationalId = NationalId.parse(typedNationalId).value();
        MobileNumber mobile = MobileNumber.parse(typedMobile);
        refuseWhenThrottled(nationalId, ip);
        Started answer = new Started(nationalId, mobile.value(), mobile.masked());
        String refusal = refusal(nationalId, mobile, typedMemberCode, birthDate);
        if (refusal != null) {
            failed(nationalId, refusal, mobile.masked(), ip);
            return answer;
        }
        try {
            codes.issue(VerificationPurpose.ACTIVATION, nationalId, mobile.value(), ip);
        } catch (ValidationException e) {
            // a pause before a new code or the SMS limits: saying so would tell that the data were right
            audit.record(nationalId, "ACTIVATION_CODE_HELD", e.key(), ip);
        }
        return answer;
    }

    /** Step two; a wrong, missing, spent or expired code all get the same answer, and count as failures. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void verify(Started started, String typedCode, String ip) {
        refuseWhenThrottled(started.nationalId(), ip);
        try {
            codes.verify(VerificationPurpose.ACTIVATION, started.nationalId(), normalizeCode(typedCode));
        } catch (ValidationException e) {
            failed(started.nationalId(), "ACTIVATION_CODE_REFUSED", e.key(), ip);
            throw new ValidationException("activation.codeRefused");
        }
    }

    /** The audit action of why no code may be sent, or null when one may. */
    private String refusal(String nationalId, MobileNumber mobile, String typedMemberCode, LocalDate birthDate) {
        Person person = accounts.personByNationalId(nationalId).orElse(null);
        if (person == null || !coveredToday(person)) {
            return "ACTIVATION_NOT_COVERED";
        }
        if (accounts.byPerson(person.getId()).filter(UserAccount::hasPassword).isPresent()) {
            return "ACTIVATION_ALREADY_ACTIVE";
        }
        if (person.getMobile() != null && !person.getMobile().equals(mobile.value())) {
            return "ACTIVATION_MOBILE_MISMATCH";
        }
        if (person.getMobile() == null && !rosterProofMatches(person, typedMemberCode, birthDate)) {
            return "ACTIVATION_ROSTER_MISMATCH";
        }
        return null;
    }

    private void refuseWhenThrottled(String nationalId, String ip) {
        Duration window = Duration.ofMinutes(failureWindowMinutes);
        if (rateLimiter.exceeded(ipBucket(ip), maxFailuresPerIp, window)
                || rateLimiter.exceeded(nationalIdBucket(nationalId), maxFailuresPerNationalId, window)) {
            audit.record(nationalId, "ACTIVATION_THROTTLED", null, ip);
            throw new ValidationException("activation.tooMany", failureWindowMinutes);
        }
    }

    private void failed(String nationalId, String action, String detail, String ip) {
        rateLimiter.record(ipBucket(ip));
        rateLimiter.record(nationalIdBucket(nationalId));
        audit.record(nationalId, action, detail, ip);
    }

    private static String ipBucket(String ip) {
        return "activation-fail:ip:" + ip;
    }

    private static String nationalIdBucket(String nationalId) {
        return "activation-fail:nid:" + nationalId;
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
        Person person = accounts.personByNationalId(nationalId)
                .orElseThrow(() -> new ValidationException("activation.expired"));
        if (!coveredToday(person)) {
            throw new ValidationException("activation.expired");
        }
        return person;
    }

    private boolean coveredToday(Person person) {
        LocalDate today = LocalDate.now(clock);
        return accounts.coveragesOf(person.getId(), today).stream().anyMatch(c -> c.isActiveOn(today));
    }

    static String normalizeCode(String typed) {
        return typed == null ? "" : ir.hami.platform.text.PersianText.normalizeDigits(typed).replace(" ", "");
    }
}
