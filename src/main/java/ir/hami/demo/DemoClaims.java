package ir.hami.demo;

import ir.hami.claims.ClaimAssignments;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.security.Role;

import ir.hami.membership.demo.DemoLogins;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data only ({@code hami.demo.data=true}), once: the demo family of {@code 0012345679} (علی حسین‌زاده) gets
 * claims in every state and two admissions ({@link DemoClaimBook}), after the members, the demo centre and the
 * referral requests are in. A family that already has claims is left alone, so a restart adds nothing. Runs as an
 * administrator: it takes the assessor's and finance's steps too.
 */
@Singleton
@RunAs(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoClaims {

    private static final Logger LOG = Logger.getLogger(DemoClaims.class.getName());

    @Inject
    @ConfigProperty(name = "hami.demo.data", defaultValue = "false")
    boolean enabled;

    @EJB
    DemoClaimSteps steps;

    @EJB
    DemoClaimBook book;

    @EJB
    ClaimAssignments assignments;

    /** Called by {@link DemoStart} after the referral requests are in. */
    public void load() {
        if (!enabled) {
            return;
        }
        try {
            Optional<Long> main = steps.mainPersonOf(DemoLogins.ACTIVATED_NATIONAL_ID);
            if (main.isEmpty()) {
                return;
            }
            // reception: every insurer's claims go to the demo assessor, so the demo claims wait in that queue
            try {
                assignments.addDefaults(new ClaimViewer(Role.ADMIN, "demo", null), "assessor");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo data: no reception rules (is the demo assessor missing?)", e);
            }
            DemoClaimBook.Summary summary = book.fill(main.get(), DemoLogins.ACTIVATED_NATIONAL_ID);
            if (summary != null) {
                LOG.info("Demo data: the demo family's claims loaded: " + summary.describe() + ".");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo claims could not be loaded", e);
        }
    }
}
