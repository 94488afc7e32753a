package ir.hami.fhir;

/**
 * A refusal under {@code /fhir}, answered by {@link OperationOutcomeMapper} as an OperationOutcome: HTTP status, the
 * issue type (FHIR's {@code issue-type} code), the English diagnostics and the Persian text, and optionally a
 * Retry-After in seconds. An application exception: it leaves an EJB as thrown, and rolls nothing back (it is only
 * ever thrown for a refusal before anything is written).
 */
@jakarta.ejb.ApplicationException
public class FhirException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String issueType;
    private final String persian;
    private final long retryAfter;

    public FhirException(int status, String issueType, String english, String persian) {
        this(status, issueType, english, persian, 0);
    }

    public FhirException(int status, String issueType, String english, String persian, long retryAfter) {
        super(english);
        this.status = status;
        this.issueType = issueType;
        this.persian = persian;
        this.retryAfter = retryAfter;
    }

    /** 400, the request's content is not what the operation needs. */
    public static FhirException invalid(String english, String persian) {
        return new FhirException(400, "invalid", english, persian);
    }

    /** 404: no such resource, or not the caller's to see (nobody learns which ids exist). */
    public static FhirException notFound(String type, String id) {
        return new FhirException(404, "not-found", type + "/" + id + " is not known.",
                "چنین رکوردی یافت نشد یا شما به آن دسترسی ندارید");
    }

    public int status() { return status; }
    public String issueType() { return issueType; }
    public String persian() { return persian; }
    public long retryAfter() { return retryAfter; }
}
