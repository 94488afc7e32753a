package ir.hami.claims;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A draft the member is writing, to continue it ({@link ClaimQueries#DRAFTS}). */
public record ClaimDraftRow(long id, LocalDate serviceDate, Instant updatedAt, String patientName, int step,
                            String serviceTitle) implements Serializable {

    public long getId() { return id; }
    public LocalDate getServiceDate() { return serviceDate; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getPatientName() { return patientName; }
    public int getStep() { return step; }
    public String getServiceTitle() { return serviceTitle; }
}
