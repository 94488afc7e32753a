package ir.hami.fhir;

import jakarta.ws.rs.core.Response;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;

/** OperationOutcomes: one issue with the English diagnostics and the Persian text in {@code details.text}. */
public final class Outcomes {

    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String JSON = MEDIA_TYPE + ";charset=UTF-8";

    private Outcomes() {
    }

    public static OperationOutcome outcome(OperationOutcome.IssueSeverity severity, String issueType, String english,
                                           String persian) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(severity)
                .setCode(OperationOutcome.IssueType.fromCode(issueType))
                .setDiagnostics(english)
                .setDetails(new CodeableConcept().setText(persian));
        return outcome;
    }

    public static Response response(FhirException e) {
        OperationOutcome.IssueSeverity severity = e.status() >= 500 ? OperationOutcome.IssueSeverity.FATAL
                : OperationOutcome.IssueSeverity.ERROR;
        Response.ResponseBuilder r = Response.status(e.status()).type(JSON)
                .entity(Fhir.toJson(outcome(severity, e.issueType(), e.getMessage(), e.persian())))
                .header("Cache-Control", "no-store");
        if (e.retryAfter() > 0) {
            r.header("Retry-After", e.retryAfter());
        }
        if (e.status() == 401) {
            r.header("WWW-Authenticate", "Bearer realm=\"hami\"");
        }
        return r.build();
    }
}
