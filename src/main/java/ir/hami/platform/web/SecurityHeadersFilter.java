package ir.hami.platform.web;

import ir.hami.platform.config.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Scripts are governed by PrimeFaces' nonce CSP (primefaces.CSP); this adds
 * what PrimeFaces does not: no framing, no MIME sniffing, a strict referrer policy, no caching of pages that
 * show personal data, and HSTS when the portal runs behind HTTPS.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (config.isSecureCookies()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String uri = request.getRequestURI();
        if (!uri.contains("/jakarta.faces.resource/") && !uri.startsWith(request.getContextPath() + "/resources/")) {
            if (!uri.startsWith(request.getContextPath() + "/api/v1/me/")) {
                // the members' API decides itself: lists are "private, no-cache" with an ETag the app polls with
                response.setHeader("Cache-Control", "no-store");
            }
            // PrimeFaces adds script-src with a nonce to JSF pages; this part covers what it does not.
            response.addHeader("Content-Security-Policy",
                    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
        }
        chain.doFilter(request, response);
    }
}
