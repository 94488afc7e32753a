package ir.hami.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

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

    public static String clientIp() {
        return clientIp((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
