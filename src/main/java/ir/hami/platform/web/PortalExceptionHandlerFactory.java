package ir.hami.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Unexpected exceptions during Ajax requests go to the same error pages as full requests (PrimeFaces' handler
 * follows web.xml error-page entries), so no stack trace ever reaches a person.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PrimeExceptionHandler(getWrapped().getExceptionHandler());
    }
}
