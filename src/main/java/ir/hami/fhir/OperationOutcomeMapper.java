package ir.hami.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ir.hami.eligibility.AuditBacklogException;
import ir.hami.platform.ValidationException;
import ir.hami.platform.persistence.DatabaseUnavailable;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper of {@code /fhir}: every error, ours and Jersey's (no such path, method, media type), is an
 * {@code application/fhir+json} OperationOutcome with English diagnostics and the Persian text in
 * {@code details.text}; no stack trace leaves the server.
 */
@Provider
public class OperationOutcomeMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(OperationOutcomeMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return Outcomes.response(map(exception));
    }

    static FhirException map(Throwable exception) {
        Throwable e = exception;
        if (e instanceof EJBException && !(e instanceof EJBAccessException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof FhirException f) {
            return f;
        }
        if (e instanceof ValidationException v) {
            return validation(v);
        }
        if (e instanceof DataFormatException d) {
            return FhirException.invalid("The body is not a FHIR R4 JSON resource: " + d.getMessage(),
                    "بدنه درخواست یک منبع FHIR R4 معتبر در قالب JSON نیست");
        }
        if (e instanceof EJBAccessException) {
            return new FhirException(403, "forbidden", "Not allowed for this caller.", "شما به این عمل دسترسی ندارید");
        }
        if (e instanceof AuditBacklogException) {
            return new FhirException(503, "transient", "Checks cannot be recorded at the moment; retry shortly.",
                    "سامانه موقتاً پاسخگو نیست؛ لطفاً کمی بعد دوباره تلاش کنید", 5);
        }
        if (e instanceof NotFoundException) {
            return new FhirException(404, "not-supported", "No such path under /fhir; see /fhir/metadata.",
                    "چنین نشانی‌ای در FHIR وجود ندارد");
        }
        if (e instanceof NotAllowedException) {
            return new FhirException(405, "not-supported", "Method not allowed on this path; see /fhir/metadata.",
                    "این روش برای این نشانی پشتیبانی نمی‌شود");
        }
        if (e instanceof NotSupportedException) {
            return new FhirException(415, "not-supported", "Send application/fhir+json.",
                    "نوع محتوا باید application/fhir+json باشد");
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return new FhirException(w.getResponse().getStatus(), "processing", "The request was refused.",
                    "درخواست پذیرفته نشد");
        }
        if (DatabaseUnavailable.causedBy(exception)) {
            LOG.warning(() -> "Database unreachable; FHIR answered 503: " + exception);
            return new FhirException(503, "transient", "The database cannot be reached at the moment; retry shortly.",
                    "سامانه موقتاً در دسترس نیست؛ لطفاً چند ثانیه دیگر دوباره تلاش کنید",
                    DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        LOG.log(Level.SEVERE, "FHIR error", exception);
        return new FhirException(500, "exception", "The request could not be answered.", "خطای داخلی");
    }

    /** A domain refusal: its message key in English and Persian. */
    static FhirException validation(ValidationException v) {
        String english = text(v.key(), v.args(), Locale.ENGLISH);
        String persian = text(v.key(), v.args(), LocaleBean.PERSIAN);
        return FhirException.invalid(english + " (" + v.key() + ")", persian);
    }

    private static String text(String key, Object[] args, Locale locale) {
        try {
            return Messages.text(key, args, locale);
        } catch (RuntimeException missing) {
            return key;
        }
    }
}
