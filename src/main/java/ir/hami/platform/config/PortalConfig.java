package ir.hami.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
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

    /** hami.map.tiles-url: the map's tile URL template; empty (missing to MicroProfile Config) means no map. */
    @Inject
    @ConfigProperty(name = "hami.map.tiles-url")
    Optional<String> mapTilesUrl;

    /**
     * hami.public-url: the portal's public address (e.g. {@code https://portal.example.ir}), printed in the QR code of
     * referral letters; empty (missing to MicroProfile Config): taken from the current request.
     */
    @Inject
    @ConfigProperty(name = "hami.public-url")
    Optional<String> publicUrl;

    /** The configured public address, or null when the current request's address is to be used. */
    public String getPublicUrl() {
        return publicUrl.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** hami.upload.max-bytes: the largest attachment (doctor's order, national card, message files). */
    @Inject
    @ConfigProperty(name = "hami.upload.max-bytes", defaultValue = "5242880")
    long uploadMaxBytes;

    public long getUploadMaxBytes() {
        return uploadMaxBytes;
    }

    /** The tile URL, or null when no map is configured. */
    public String getMapTilesUrl() {
        return mapTilesUrl.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

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
