package ir.hami.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Raises the container's connection-manager logger to WARNING. While that logger is at INFO, Payara compares the
 * pool's configuration with the one the connection was made for at every {@code getConnection()} (to log "the pool
 * was reconfigured"), and the comparison copies the pool's property maps each time: in an allocation profile of the
 * eligibility API under load it was the largest single item (12% of all bytes allocated). The pools here are
 * defined by annotations and never reconfigured at run time, so the message cannot occur; warnings and errors of
 * the connection manager are still logged.
 */
@ApplicationScoped
public class PoolCheckLogging {

    /** The connection manager's logger: the resource-adapter log domain (LogDomains.RSR_LOGGER) plus its package. */
    static final String NAME = "javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors";

    private static final Logger LOG = Logger.getLogger(PoolCheckLogging.class.getName());

    /** Held, so the level set stays with the logger the container uses (LogManager keeps loggers weakly). */
    private static volatile Logger connectors;

    void raise(@Observes @Initialized(ApplicationScoped.class) Object started) {
        boolean existed = Collections.list(LogManager.getLogManager().getLoggerNames()).contains(NAME);
        Logger logger = Logger.getLogger(NAME);
        if (logger.isLoggable(Level.INFO)) {
            logger.setLevel(Level.WARNING);
        }
        connectors = logger;
        LOG.fine(() -> "Connection manager logger " + NAME + (existed ? "" : " (not yet created)") + " at "
                + connectors.getLevel());
    }
}
