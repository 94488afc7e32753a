package ir.hami.platform.web;

import ir.hami.platform.config.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Marks the session cookie Secure when the portal is served over HTTPS (configuration {@code hami.cookie.secure}). */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    PortalConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(config.isSecureCookies());
    }
}
