package ir.hami.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class PoolCheckLoggingTest {

    @Test
    void theConnectionManagerLogsWarningsButNoLongerInfo() {
        Logger connectors = Logger.getLogger(PoolCheckLogging.NAME);
        connectors.setLevel(null);
        new PoolCheckLogging().raise(new Object());
        assertEquals(Level.WARNING, connectors.getLevel());
        assertFalse(connectors.isLoggable(Level.INFO), "the per-connection configuration check is skipped");
        assertTrue(connectors.isLoggable(Level.WARNING));
    }

    @Test
    void aLevelSetQuieterAlreadyIsLeftAlone() {
        Logger connectors = Logger.getLogger(PoolCheckLogging.NAME);
        connectors.setLevel(Level.SEVERE);
        new PoolCheckLogging().raise(new Object());
        assertEquals(Level.SEVERE, connectors.getLevel());
        connectors.setLevel(null);
    }
}
