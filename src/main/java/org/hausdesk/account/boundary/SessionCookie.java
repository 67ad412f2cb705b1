package org.hausdesk.account.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie gets the {@code Secure} flag when Hausdesk is served over TLS, i.e. when
 * {@code hausdesk.base-url} starts with https (or {@code hausdesk.session.secure-cookie} says so).
 * HttpOnly and SameSite=Lax come from web.xml and payara-web.xml.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        boolean tls = config.getOptionalValue("hausdesk.base-url", String.class).orElse("").startsWith("https://");
        boolean secure = config.getOptionalValue("hausdesk.session.secure-cookie", Boolean.class).orElse(tls);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
    }
}
