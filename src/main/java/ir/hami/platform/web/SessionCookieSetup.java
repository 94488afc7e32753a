package ir.hami.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Marks the session cookie Secure when the portal is served over HTTPS (configuration {@code hami.cookie.secure}). */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("hami.cookie.secure", Boolean.class).orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
