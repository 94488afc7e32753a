package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class UploadTooLargeTest {

    /** Stands for Payara's org.apache.catalina.fileupload.SizeException (not on the test class path). */
    static final class SizeException extends Exception {
        SizeException(String message) {
            super(message);
        }
    }

    @Test
    void theContainersSizeRefusalIsFoundUnderItsWrappers() {
        Exception refused = new FacesException(new IllegalStateException(new SizeException("exceeds 20971520")));
        assertTrue(PortalExceptionHandlerFactory.isUploadTooLarge(refused));
        assertFalse(PortalExceptionHandlerFactory.isUploadTooLarge(new IllegalStateException("something else")));
        assertFalse(PortalExceptionHandlerFactory.isUploadTooLarge(null));
    }
}
