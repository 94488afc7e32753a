package ir.hami.notification;

import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PasswordHasher;
import ir.hami.platform.security.RateLimiter;
import ir.hami.platform.web.Messages;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMS one-time codes for activation, recovery and mobile change: 6 random digits from a secure generator, stored
 * hashed, valid for a short time ({@code hami.sms.code-ttl-seconds}, 120 s), a few attempts, single use; sending is
 * rate limited per mobile and per IP, with a pause before a new code for the same person.
 */
@Stateless
public class VerificationCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    SmsSender sms;

    @Inject
    CodeAttempts attempts;

    @Inject
    @ConfigProperty(name = "hami.sms.code-ttl-seconds", defaultValue = "120")
    int ttlSeconds;

    @Inject
    @ConfigProperty(name = "hami.sms.code-max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "hami.sms.resend-after-seconds", defaultValue = "60")
    int resendAfterSeconds;

    @Inject
    @ConfigProperty(name = "hami.sms.per-mobile-per-hour", defaultValue = "5")
    int perMobilePerHour;

    @Inject
    @ConfigProperty(name = "hami.sms.per-ip-per-hour", defaultValue = "20")
    int perIpPerHour;

    /** Makes and sends a new code; refuses with a message key when a limit is reached. */
    public Instant issue(VerificationPurpose purpose, String subject, String mobile, String ip) {
        Instant now = clock.instant();
        VerificationCode last = latest(purpose, subject);
        if (last != null) {
            long wait = resendAfterSeconds - Duration.between(last.getCreatedAt(), now).getSeconds();
            if (wait > 0) {
                throw new ValidationException("sms.wait", wait);
            }
        }
        if (rateLimiter.acquire(List.of(
                new RateLimiter.Limit("sms:mobile:" + mobile, perMobilePerHour, Duration.ofHours(1)),
                new RateLimiter.Limit("sms:ip:" + ip, perIpPerHour, Duration.ofHours(1)))).isEmpty()) {
            throw new ValidationException("sms.tooMany");
        }
        String code = newCode();
        Instant expires = now.plusSeconds(ttlSeconds);
        em.persist(new VerificationCode(purpose, subject, mobile, hash(purpose, subject, code), now, expires));
        String text = Messages.text("sms.code." + purpose.name().toLowerCase(Locale.ROOT),
                new Object[] {code, ttlSeconds / 60}, Locale.forLanguageTag("fa"));
        // a code that arrives after it expired is useless: the outbox does not send it late
        sms.send(mobile, text, purpose.name(), expires);
        return expires;
    }

    /**
     * Checks a typed code against the newest code of this person and purpose. On success the code is spent and the
     * mobile it was sent to is returned; otherwise a message key says why. Parallel posts cannot guess more than
     * {@code hami.sms.code-max-attempts} times: each attempt is first counted by one conditional UPDATE (committed on
     * its own, so a refusal that rolls the caller back still counts), and the code is compared only when that UPDATE
     * took an attempt; a right code is spent by another conditional UPDATE, so it works once.
     */
    public String verify(VerificationPurpose purpose, String subject, String typed) {
        VerificationCode code = latest(purpose, subject);
        if (code == null) {
            throw new ValidationException("sms.code.none");
        }
        String digits = typed == null ? "" : typed.strip();
        VerificationCode.Check check = code.refusal(clock.instant(), maxAttempts);
        int attempt = 0;
        if (check == null) {
            attempt = attempts.take(code.getId(), maxAttempts);
            check = attempt == 0 ? attempts.refusal(code.getId(), clock.instant(), maxAttempts)
                    : VerificationCode.outcome(code.matches(hash(purpose, subject, digits)), attempt, maxAttempts);
        }
        if (check == VerificationCode.Check.ACCEPTED && !attempts.consume(code.getId())) {
            check = VerificationCode.Check.USED;
        }
        int left = maxAttempts - attempt;
        return switch (check) {
            case ACCEPTED -> code.getMobile();
            case WRONG -> throw new ValidationException("sms.code.wrong", left);
            case EXPIRED -> throw new ValidationException("sms.code.expired");
            case USED -> throw new ValidationException("sms.code.used");
            case TOO_MANY_ATTEMPTS -> throw new ValidationException("sms.code.tooManyAttempts");
        };
    }

    /**
     * Whether a code for this person, purpose and mobile was verified within the given time; spends that proof
     * (every code of the person for the purpose is removed), so one SMS code allows one change.
     */
    public boolean spendProof(VerificationPurpose purpose, String subject, String mobile, Duration within) {
        List<VerificationCode> proven = em.createQuery("select c from VerificationCode c where c.subject = :s "
                        + "and c.purpose = :p and c.mobile = :m and c.consumed = true and c.createdAt > :t",
                        VerificationCode.class)
                .setParameter("s", subject).setParameter("p", purpose).setParameter("m", mobile)
                .setParameter("t", clock.instant().minus(within))
                .getResultList();
        if (proven.isEmpty()) {
            return false;
        }
        em.createQuery("delete from VerificationCode c where c.subject = :s and c.purpose = :p")
                .setParameter("s", subject).setParameter("p", purpose).executeUpdate();
        return true;
    }

    private VerificationCode latest(VerificationPurpose purpose, String subject) {
        List<VerificationCode> codes = em.createQuery(
                        "select c from VerificationCode c where c.subject = :s and c.purpose = :p order by c.id desc",
                        VerificationCode.class)
                .setParameter("s", subject)
                .setParameter("p", purpose)
                .setMaxResults(1)
                .getResultList();
        return codes.isEmpty() ? null : codes.get(0);
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String hash(VerificationPurpose purpose, String subject, String code) {
        return PasswordHasher.sha256(purpose.name() + "|" + subject + "|" + code);
    }
}
