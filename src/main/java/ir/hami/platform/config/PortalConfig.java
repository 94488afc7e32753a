package ir.hami.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings that pages and annotations read through EL. Each is documented in the README. */
@Named
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "hami.cookie.secure", defaultValue = "false")
    boolean secureCookies;

    @Inject
    @ConfigProperty(name = "hami.captcha.reveal", defaultValue = "false")
    boolean revealCaptcha;

    @Inject
    @ConfigProperty(name = "hami.demo.outbox-page", defaultValue = "false")
    boolean outboxPage;

    public boolean isSecureCookies() {
        return secureCookies;
    }

    public boolean isRevealCaptcha() {
        return revealCaptcha;
    }

    public boolean isOutboxPage() {
        return outboxPage;
    }
}
