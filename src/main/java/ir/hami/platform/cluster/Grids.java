package ir.hami.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the portal's {@link Grid}: Payara's data grid (JNDI {@value #JNDI}) when it is running and
 * {@code hami.cluster.grid} is {@code auto} (the default), this node's memory when Payara runs without it
 * ({@code --nohazelcast}: the tests, the run command) or the setting is {@code local}. The log says which.
 */
@ApplicationScoped
public class Grids {

    static final String JNDI = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(Grids.class.getName());

    @Inject
    @ConfigProperty(name = "hami.cluster.grid", defaultValue = "auto")
    String mode;

    @Produces
    @ApplicationScoped
    Grid grid() {
        Grid grid = "local".equalsIgnoreCase(mode.strip()) ? null : payaras();
        if (grid == null) {
            grid = new LocalGrid();
        }
        LOG.info("Shared state (caches' invalidation, rate limits, the API's dev key): " + grid.describe());
        return grid;
    }

    void close(@Disposes Grid grid) {
        if (grid instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing the grid", e);
            }
        }
    }

    private static Grid payaras() {
        Object found;
        try {
            found = new InitialContext().lookup(JNDI);
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "no data grid at " + JNDI, e);
            return null;
        }
        try {
            return HazelcastGrid.of(found);
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "Payara's data grid cannot be used; state stays on this node", e);
            return null;
        }
    }
}
