package ir.hami.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/** Facts about the current HTTP request. */
public final class Requests {

    private Requests() {
    }

    /** The configuration key of the trusted proxies ({@code HAMI_TRUSTED_PROXIES}); empty: none. */
    public static final String TRUSTED_PROXIES = "hami.trusted-proxies";

    private static final Logger LOG = Logger.getLogger(Requests.class.getName());

    /** Read from the configuration once, at the first request. */
    private static volatile TrustedProxies proxies;

    /**
     * The client's address, the one every per-address limit counts (login throttling, SMS codes, messages, the
     * API): the direct peer, or, when the peer is one of the {@code hami.trusted-proxies}, the rightmost address of
     * {@code X-Forwarded-For} that is not a trusted proxy ({@link TrustedProxies}). With no trusted proxies
     * (the default) the header is ignored, so no client can choose its own address. Whatever a Payara
     * {@code network-listener} may have done to the remote address is not relied upon.
     */
    public static String clientIp(HttpServletRequest request) {
        return clientIp(request, trustedProxies());
    }

    static String clientIp(HttpServletRequest request, TrustedProxies trusted) {
        String peer = request.getRemoteAddr();
        if (trusted.isEmpty()) {
            return peer;
        }
        return trusted.client(peer, request.getHeaders("X-Forwarded-For"));
    }

    /** The configured proxies ({@value #TRUSTED_PROXIES}), read once. */
    public static TrustedProxies trustedProxies() {
        TrustedProxies known = proxies;
        if (known == null) {
            String list = ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class).orElse("");
            known = TrustedProxies.parse(list);
            if (!known.rejected().isEmpty()) {
                LOG.warning(TRUSTED_PROXIES + ": left out, neither an address nor a CIDR range: "
                        + known.rejected());
            }
            proxies = known;
        }
        return known;
    }

    /**
     * A record id as sent in a request parameter: digits only, at most 18 of them; anything else (missing, blank,
     * letters, a number too large) is no id rather than an error.
     */
    public static Optional<Long> id(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        String text = parameter.strip();
        if (text.isEmpty() || text.length() > 18) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Long.parseLong(text));
    }

    public static String clientIp() {
        return clientIp((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
