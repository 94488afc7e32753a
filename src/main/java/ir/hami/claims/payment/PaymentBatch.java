package ir.hami.claims.payment;

import ir.hami.platform.ValidationException;
import ir.hami.platform.time.Jalali;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment batch: one insurer's claims paid together. Its lines are frozen when it is built; it is then sent to the
 * bank on a date and paid on a deposit date, each by marking its claims chunk by chunk (SENDING, PAYING). A run
 * that stopped is started again with the same date; another date is refused while one is under way.
 */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Message key: the batch is not in a state that allows this. */
    public static final String NOT_ALLOWED = "finance.batch.notAllowed";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "payment_batch")
    @TableGenerator(name = "payment_batch", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "payment_batch", allocationSize = 10)
    private Long id;

    @Column(name = "insurer_id", nullable = false)
    private long insurerId;

    @Column(name = "batch_number", nullable = false, length = 30)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BatchStatus status;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    @Column(name = "built_by", nullable = false, length = 60)
    private String builtBy;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @Column(name = "sent_to_bank_on")
    private LocalDate sentToBankOn;

    @Column(name = "sent_by", length = 60)
    private String sentBy;

    @Column(name = "deposited_on")
    private LocalDate depositedOn;

    @Column(name = "paid_by", length = 60)
    private String paidBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PaymentBatch() {
    }

    public PaymentBatch(long insurerId, String builtBy, Instant now) {
        this.insurerId = insurerId;
        this.builtBy = Objects.requireNonNull(builtBy);
        this.builtAt = now;
        this.status = BatchStatus.BUILT;
        this.number = "PB-" + now.getEpochSecond(); // replaced by the id once persisted
    }

    /** The number shown and written on each claim's remittance: "PB-" and the id. */
    void numbered() {
        this.number = "PB-" + id;
    }

    void totals(int count, long amount) {
        this.claimCount = count;
        this.totalAmount = amount;
    }

    /** Sent to the bank on {@code day}: from BUILT, or again with the same day while SENDING. */
    public void startSending(LocalDate day, String actor) {
        Objects.requireNonNull(day);
        if (status == BatchStatus.SENDING) {
            if (!day.equals(sentToBankOn)) {
                throw new ValidationException("finance.batch.sendingOn", Jalali.format(sentToBankOn));
            }
            return;
        }
        require(status == BatchStatus.BUILT);
        this.sentToBankOn = day;
        this.sentBy = actor;
        this.status = BatchStatus.SENDING;
    }

    public void finishSending() {
        require(status == BatchStatus.SENDING);
        this.status = BatchStatus.SENT;
    }

    /** Paid on {@code day} (not before the bank got it): from SENT, or again with the same day while PAYING. */
    public void startPaying(LocalDate day, String actor) {
        Objects.requireNonNull(day);
        if (status == BatchStatus.PAYING) {
            if (!day.equals(depositedOn)) {
                throw new ValidationException("finance.batch.payingOn", Jalali.format(depositedOn));
            }
            return;
        }
        require(status == BatchStatus.SENT);
        if (day.isBefore(sentToBankOn)) {
            throw new ValidationException("claims.payment.depositBeforeBank");
        }
        this.depositedOn = day;
        this.paidBy = actor;
        this.status = BatchStatus.PAYING;
    }

    public void finishPaying() {
        require(status == BatchStatus.PAYING);
        this.status = BatchStatus.PAID;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ValidationException(NOT_ALLOWED);
        }
    }

    public Long getId() { return id; }
    public long getInsurerId() { return insurerId; }
    public String getNumber() { return number; }
    public BatchStatus getStatus() { return status; }
    public int getClaimCount() { return claimCount; }
    public long getTotalAmount() { return totalAmount; }
    public String getBuiltBy() { return builtBy; }
    public Instant getBuiltAt() { return builtAt; }
    public LocalDate getSentToBankOn() { return sentToBankOn; }
    public String getSentBy() { return sentBy; }
    public LocalDate getDepositedOn() { return depositedOn; }
    public String getPaidBy() { return paidBy; }
    public long getVersion() { return version; }
}
