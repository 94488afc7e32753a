package ir.hami.demo;

import ir.hami.platform.startup.BackgroundStart;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the demo data ({@code hami.demo.data=true}) after the schema migration, in the background, so the login
 * page answers while the members, the demo centre, the referral requests and the claims are loaded, in that order
 * as before. Until the last of them is done {@link BackgroundStart#isBusy()} is true and the login page says that
 * the demo data is still loading (the demo logins exist only once the members are in). Each step keeps its own
 * check, so a database that already has the data costs a few queries.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStart {

    private static final Logger LOG = Logger.getLogger(DemoStart.class.getName());

    @Inject
    @ConfigProperty(name = "hami.demo.data", defaultValue = "false")
    boolean enabled;

    @Resource
    ManagedExecutorService executor;

    @Inject
    BackgroundStart background;

    @EJB
    DemoDataLoader members;

    @EJB
    DemoCenter center;

    @EJB
    DemoReferrals referrals;

    @EJB
    DemoClaims claims;

    @PostConstruct
    void start() {
        if (!enabled) {
            return;
        }
        background.started();
        try {
            executor.execute(this::loadAll);
        } catch (RuntimeException e) {
            background.finished();
            LOG.log(Level.SEVERE, "Demo data could not be started", e);
        }
    }

    private void loadAll() {
        long began = System.nanoTime();
        try {
            members.load();
            center.setUp();
            referrals.load();
            claims.load();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
        } finally {
            background.finished();
            LOG.info(() -> String.format("Demo data ready (%d ms after the deployment's start-up beans).",
                    (System.nanoTime() - began) / 1_000_000));
        }
    }
}
