package ir.hami.claims;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One claim in the assessor's queue. */
public record QueueRow(long id, String trackingCode, Instant registeredAt, LocalDate serviceDate, ClaimState state,
                       String patientName, String nationalId, String insurerName, String provinceName,
                       String serviceTitle, Long requestedAmount, String assignedTo, String duplicateOf,
                       ClaimChannel channel, int deficiencyRound, long version) implements Serializable {

    // bean getters: Jakarta EL 5 does not read record accessors
    public long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public Instant getRegisteredAt() { return registeredAt; }
    public LocalDate getServiceDate() { return serviceDate; }
    public ClaimState getState() { return state; }
    public String getPatientName() { return patientName; }
    public String getNationalId() { return nationalId; }
    public String getInsurerName() { return insurerName; }
    public String getProvinceName() { return provinceName; }
    public String getServiceTitle() { return serviceTitle; }
    public Long getRequestedAmount() { return requestedAmount; }
    public String getAssignedTo() { return assignedTo; }
    public long getVersion() { return version; }

    public boolean isDirectBilling() {
        return channel == ClaimChannel.CENTER;
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
