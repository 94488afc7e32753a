package ir.hami.referral;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a referral table (member's list, centre's list, the unit's queue). */
public record ReferralRow(long id, String trackingCode, Instant requestedAt, LocalDate admissionDate, String physician,
                          String cause, ReferralStatus status, String patientName, String nationalId,
                          String centerName, String insurerName, ReferralChannel channel, boolean examRequired,
                          String letterNumber, long version) implements Serializable {

    // bean getters: Jakarta EL 5 does not read record accessors
    public long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public Instant getRequestedAt() { return requestedAt; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public String getPhysician() { return physician; }
    public String getCause() { return cause; }
    public ReferralStatus getStatus() { return status; }
    public String getPatientName() { return patientName; }
    public String getNationalId() { return nationalId; }
    public String getCenterName() { return centerName; }
    public String getInsurerName() { return insurerName; }
    public ReferralChannel getChannel() { return channel; }
    public boolean isExamRequired() { return examRequired; }
    public String getLetterNumber() { return letterNumber; }
    public long getVersion() { return version; }
}
