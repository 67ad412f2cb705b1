package org.hausdesk.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.control.AccountConfig;
import org.hausdesk.platform.control.Settings;

/**
 * The session cookie gets the {@code Secure} flag when Hausdesk is served over TLS, i.e. when
 * {@code hausdesk.platform.base-url} starts with https (or {@code hausdesk.account.secure-cookie} says so).
 * HttpOnly and SameSite=Lax come from web.xml and payara-web.xml.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Inject
    Settings.BaseUrl baseUrl;

    @Inject
    @ConfigProperties
    AccountConfig settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = settings.secureCookie().orElse(baseUrl.https());
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
    }
}
