package ir.hami.platform.persistence;

import ir.hami.platform.ValidationException;
import ir.hami.platform.web.FormKey;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The portal's one idempotency rule for create forms whose record has no form key of its own (a centre, a procedure,
 * an announcement, an API key, a roster import): the form's {@link FormKey} is recorded, unique, in the transaction
 * that creates the record. Use: {@link #earlier} first (a second submit answers with the first result), create,
 * then {@link #record}; a second submit that raced past {@link #earlier} stops at the unique key with
 * {@link #REPEATED} and nothing of it is kept, after which {@link #earlier} answers. (Referral requests and message
 * posts keep the key on their own row, under the same rule.)
 */
@Stateless
public class FormSubmissions {

    public static final String REPEATED = "form.repeated";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The id of what this form (of this kind) made already, if it was submitted. */
    public Optional<Long> earlier(FormKey key, String kind) {
        if (key == null) {
            return Optional.empty();
        }
        FormSubmission s = em.find(FormSubmission.class, key.value());
        return s != null && s.getKind().equals(kind) ? Optional.ofNullable(s.getRecordId()) : Optional.empty();
    }

    /**
     * Records the form as submitted, in the caller's transaction, and writes now.
     *
     * @throws ValidationException {@link #REPEATED} when the same form was recorded meanwhile (the transaction is
     *                             then rolled back)
     */
    public void record(FormKey key, String kind, Long recordId, String submittedBy) {
        if (key == null) {
            return;
        }
        try {
            em.persist(new FormSubmission(key.value(), kind, recordId,
                    submittedBy == null ? "?" : submittedBy.substring(0, Math.min(120, submittedBy.length())),
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            em.flush();
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            throw new ValidationException(e, REPEATED);
        }
    }

    /**
     * Writes now, for a service whose record keeps the form's key on its own row (unique): a second submit that raced
     * past the caller's look-up stops at that key, the transaction is rolled back so nothing of it is kept, and the
     * caller's {@code repeatedKey} tells the person; the caller's look-up then answers with the first one's record.
     */
    public static void flushOnce(EntityManager em, EJBContext context, String repeatedKey) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            throw new ValidationException(e, repeatedKey);
        }
    }

    /**
     * Records the form before its record is written (for records with unique fields of their own, such as a code,
     * so that a racing second submit stops here at the form's key rather than at the record's own constraint);
     * {@link #made} names the record afterwards.
     *
     * @throws ValidationException {@link #REPEATED}, as {@link #record}
     */
    public void begin(FormKey key, String kind, String submittedBy) {
        record(key, kind, null, submittedBy);
    }

    /** The record a form {@link #begin begun} made. */
    public void made(FormKey key, long recordId) {
        if (key != null) {
            FormSubmission s = em.find(FormSubmission.class, key.value());
            if (s != null) {
                s.made(recordId);
            }
        }
    }
}
