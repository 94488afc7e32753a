package ir.hami.membership;

import ir.hami.notification.VerificationCodes;
import ir.hami.notification.VerificationPurpose;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.text.PersianText;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The member's own profile (seed 004, «پروفایل»): contact details and IBAN, edited against the version the page
 * showed (a concurrent change is refused with {@code profile.concurrent}, nothing saved), and a new mobile that
 * counts only once the SMS code sent to that new mobile is typed back.
 */
@Stateless
public class ProfileService {

    public static final String KEY_CONCURRENT = "profile.concurrent";
    public static final String KEY_SAME_MOBILE = "profile.mobile.same";
    public static final String KEY_MISSING = "profile.missing";

    @PersistenceContext
    EntityManager em;

    @Inject
    VerificationCodes codes;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    public Profile load(long personId) {
        Person p = person(personId);
        return new Profile(p.getId(), p.getFullName(), p.getNationalId(), p.getMobile(),
                new ContactDetails(p.getPhone(), p.getEmail(), p.getAddress(), p.getPostalCode(), p.getIban()),
                p.getVersion());
    }

    /**
     * Saves the contact details typed on the page, all or nothing.
     *
     * @param expectedVersion the version of the person the page showed
     * @return the profile as saved, with its new version
     * @throws ValidationException a rule of {@link ContactDetails}, or {@link #KEY_CONCURRENT}
     */
    public Profile save(long personId, String phone, String email, String address, String postalCode, String iban,
                        long expectedVersion, String ip) {
        ContactDetails details = ContactDetails.of(phone, email, address, postalCode, iban);
        Person p = person(personId);
        if (p.getVersion() != expectedVersion) {
            throw new ValidationException(KEY_CONCURRENT);
        }
        p.setPhone(details.phone());
        p.setEmail(details.email());
        p.setAddress(details.address());
        p.setPostalCode(details.postalCode());
        p.setIban(details.iban());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // changed between our read and our write: the transaction is already marked for rollback
            context.setRollbackOnly();
            throw new ValidationException(e, KEY_CONCURRENT);
        }
        audit.record(p.getNationalId(), "PROFILE_CHANGED", null, ip);
        return load(personId);
    }

    /**
     * Sends a confirmation code to the new mobile. The mobile does not change until {@link #confirmMobile}.
     *
     * @return the moment the code expires
     * @throws ValidationException {@code mobile.invalid}, {@link #KEY_SAME_MOBILE}, or the limits of
     *                             {@link VerificationCodes#issue}
     */
    public Instant requestMobileChange(long personId, String newMobile, String ip) {
        String mobile = MobileNumber.parse(newMobile).value();
        Person p = person(personId);
        if (mobile.equals(p.getMobile())) {
            throw new ValidationException(KEY_SAME_MOBILE);
        }
        return codes.issue(VerificationPurpose.MOBILE_CHANGE, p.getNationalId(), mobile, ip);
    }

    /**
     * Checks the code typed back; on success the mobile it was sent to becomes the member's mobile.
     *
     * @return the new mobile
     * @throws ValidationException the refusals of {@link VerificationCodes#verify}
     */
    public String confirmMobile(long personId, String typedCode, String ip) {
        Person p = person(personId);
        String mobile = codes.verify(VerificationPurpose.MOBILE_CHANGE, p.getNationalId(),
                PersianText.digitsOnly(typedCode));
        p.setMobile(mobile);
        audit.record(p.getNationalId(), "MOBILE_CHANGED", MobileNumber.parse(mobile).masked(), ip);
        return mobile;
    }

    private Person person(long personId) {
        Person p = em.find(Person.class, personId);
        if (p == null) {
            throw new ValidationException(KEY_MISSING);
        }
        return p;
    }
}
