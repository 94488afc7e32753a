package ir.hami.claims.payment;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A bank's return letter for one claim's failed transfer: number, date, reason, and the IBAN that failed. */
@Entity
@Table(name = "payment_return")
public class PaymentReturn implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "payment_return")
    @TableGenerator(name = "payment_return", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "payment_return", allocationSize = 10)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "letter_number", nullable = false, length = 30)
    private String letterNumber;

    @Column(name = "returned_on", nullable = false)
    private LocalDate returnedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private ReturnReason reason;

    @Column(name = "iban", length = 26)
    private String iban;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PaymentReturn() {
    }

    public PaymentReturn(long claimId, Long batchId, String letterNumber, LocalDate returnedOn, ReturnReason reason,
                         String iban, String recordedBy, Instant recordedAt) {
        this.claimId = claimId;
        this.batchId = batchId;
        this.letterNumber = letterNumber;
        this.returnedOn = returnedOn;
        this.reason = reason;
        this.iban = iban;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getClaimId() { return claimId; }
    public Long getBatchId() { return batchId; }
    public String getLetterNumber() { return letterNumber; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public ReturnReason getReason() { return reason; }
    public String getIban() { return iban; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
