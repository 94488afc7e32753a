package ir.hami.claims.payment;

import ir.hami.claims.ClaimOffice;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.Payment;
import ir.hami.platform.persistence.NativeValues;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The steps of marking a batch, each its own committed transaction: start (the batch's date and status), a chunk of
 * claims (each through {@link ClaimOffice}, with its event, notification and SMS in the outbox of that chunk's
 * transaction), finish (once no claim is left). A chunk picks only claims not yet marked, so a run that stopped
 * after any chunk is simply run again.
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class PaymentRun {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimOffice office;

    /** Sets the batch sending (or paying) on {@code day}; the same day again continues a stopped run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentBatch start(ClaimViewer v, long batchId, LocalDate day, boolean paying) {
        PaymentBatch b = locked(batchId);
        if (paying) {
            b.startPaying(day, v.username());
        } else {
            b.startSending(day, v.username());
        }
        return b;
    }

    /** Sends up to {@code max} claims of the batch not yet sent to the bank; how many it sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendChunk(ClaimViewer v, long batchId, String batchNumber, LocalDate day, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.version, l.iban from claim c "
                        + "join payment_batch_line l on l.claim_id = c.id and l.batch_id = c.batch_id "
                        + "where c.batch_id = ? and c.state in ('SENT_TO_FINANCE', 'PAYMENT_RETURNED') "
                        + "and (c.state = 'PAYMENT_RETURNED' or c.sent_to_bank_on is null) order by c.id limit ?")
                .setParameter(1, batchId).setParameter(2, max).getResultList();
        String type = PaymentBatches.fa("finance.remittanceType");
        String unit = PaymentBatches.fa("finance.payingUnit");
        for (Object[] r : rows) {
            office.sendToBank(v, NativeValues.number(r[0]), NativeValues.number(r[1]),
                    new Payment(day, day, (String) r[2], batchNumber, type, unit));
        }
        return rows.size();
    }

    /** Marks up to {@code max} claims of the batch sent to the bank and not yet paid as paid; how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int payChunk(ClaimViewer v, long batchId, LocalDate day, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.version from claim c where c.batch_id = ? "
                        + "and c.state = 'SENT_TO_FINANCE' and c.sent_to_bank_on is not null order by c.id limit ?")
                .setParameter(1, batchId).setParameter(2, max).getResultList();
        for (Object[] r : rows) {
            office.deposit(v, NativeValues.number(r[0]), NativeValues.number(r[1]), day);
        }
        return rows.size();
    }

    /** Sent (or paid) once no claim of the batch is left to mark. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentBatch finish(ClaimViewer v, long batchId, boolean paying) {
        PaymentBatch b = locked(batchId);
        if (paying) {
            b.finishPaying();
        } else {
            b.finishSending();
        }
        return b;
    }

    private PaymentBatch locked(long batchId) {
        PaymentBatch b = em.find(PaymentBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            throw new ir.hami.platform.ValidationException("finance.batch.notFound");
        }
        return b;
    }
}
