package ir.hami.claims;

/** An admission's state (seed 003): documents may be changed only while it is in progress. */
public enum AdmissionState {
    IN_PROGRESS, COMPLETED, REJECTED;

    public String key() {
        return "admissions.state." + name();
    }

    public String getKey() {
        return key();
    }
}
