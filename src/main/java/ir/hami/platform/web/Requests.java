package ir.hami.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Facts about the current HTTP request. */
public final class Requests {

    private Requests() {
    }

    /**
     * The client's address as the servlet container sees it. Behind a balancer, Payara's
     * {@code network-listener} proxy settings make this the real client (X-Forwarded-For is not trusted here,
     * or anyone could dodge the per-address limits).
     */
    public static String clientIp(HttpServletRequest request) {
        return request.getRemoteAddr();
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
