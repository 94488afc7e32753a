package ir.hami.platform.web;

import ir.hami.platform.persistence.DatabaseUnavailable;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Unexpected exceptions during Ajax requests go to the same error pages as full requests (PrimeFaces' handler
 * follows web.xml error-page entries), so no stack trace ever reaches a person. An upload larger than the Faces
 * servlet's multipart limits goes to the 413 page instead of the 500 page: {@link UploadLimitFilter} answers a
 * request that declares its length before it is read, and this catches one sent in chunks (no Content-Length),
 * which the container refuses only while Faces reads the parts. A failure because the database cannot be reached
 * ({@link DatabaseUnavailable}) goes to the "try again" page with HTTP 503 ({@link DatabaseUnavailableFilter#PAGE})
 * instead of the 500 page.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DatabaseDown(new UploadTooLarge(new PrimeExceptionHandler(getWrapped().getExceptionHandler())));
    }

    /** Sends an over-limit upload to the 413 page; everything else to the wrapped handler. */
    static final class UploadTooLarge extends ExceptionHandlerWrapper {

        UploadTooLarge(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                if (isUploadTooLarge(event.getContext().getException())) {
                    events.remove();
                    toTooLargePage(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static void toTooLargePage(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            if (!external.isResponseCommitted()) {
                try {
                    // for an Ajax request Faces writes a partial-response redirect
                    external.redirect(external.getRequestContextPath() + "/errors/413.xhtml");
                } catch (IOException e) {
                    throw new FacesException(e);
                }
            }
            context.responseComplete();
        }
    }

    /**
     * Answers a request that failed because the database cannot be reached with the "try again" page: a full request
     * with HTTP 503 (web.xml maps it to the page), an Ajax request with a redirect to the page; everything else goes
     * to the wrapped handler. A response already committed cannot be changed: the wrapped handler does what it can.
     */
    static final class DatabaseDown extends ExceptionHandlerWrapper {

        private static final java.util.logging.Logger LOG =
                java.util.logging.Logger.getLogger(DatabaseDown.class.getName());

        DatabaseDown(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            boolean answered = false;
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (context != null && !context.getExternalContext().isResponseCommitted()
                        && DatabaseUnavailable.causedBy(thrown)) {
                    events.remove();
                    if (!answered) {
                        answered = true;
                        LOG.warning(() -> "Database unreachable; answered 503 to "
                                + context.getExternalContext().getRequestServletPath() + ": " + thrown);
                        toUnavailablePage(context);
                    }
                }
            }
            getWrapped().handle();
        }

        private static void toUnavailablePage(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            try {
                external.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                if (context.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(external.getRequestContextPath() + DatabaseUnavailableFilter.PAGE);
                } else {
                    external.responseSendError(503, null);
                }
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }

    /**
     * The container's refusal of a multipart body over max-file-size or max-request-size (Payara:
     * {@code org.apache.catalina.fileupload.SizeException}, wrapped in an IllegalStateException by getParts()).
     */
    static boolean isUploadTooLarge(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("SizeException") || name.endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
