package ir.hami.claims;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One card of the member's claims list ({@link ClaimQueries#page}). Amounts in Rials; payable null before assessment. */
public record ClaimRow(long id, String trackingCode, LocalDate serviceDate, Instant createdAt, ClaimState state,
                       Long requestedAmount, Long payableAmount, String serviceTitle, String patientName,
                       String deficiencyNote) implements Serializable {

    public long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public LocalDate getServiceDate() { return serviceDate; }
    public Instant getCreatedAt() { return createdAt; }
    public ClaimState getState() { return state; }
    public Long getRequestedAmount() { return requestedAmount; }
    public Long getPayableAmount() { return payableAmount; }
    public String getServiceTitle() { return serviceTitle; }
    public String getPatientName() { return patientName; }
    public String getDeficiencyNote() { return deficiencyNote; }
    /** The member has to do something (send documents or originals). */
    public boolean isMemberToAct() { return state.isMemberToAct(); }
}
