package org.hausdesk.platform.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.control.Settings;

/**
 * A browser names the page a request comes from in {@code Origin}. A change (anything but GET,
 * HEAD, OPTIONS) sent by a page of another site is refused with 403: Hausdesk's own pages are on
 * {@code hausdesk.platform.base-url} or on the host the request was sent to. Requests without
 * {@code Origin} (programs, not browsers) are left to the other checks.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOrigin extends HttpFilter {

    @Inject
    Settings.BaseUrl baseUrl;

    private String ownOrigin;

    @Inject
    Event<Audited> audit;

    @Override
    public void init() {
        ownOrigin = origin(baseUrl.value());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var origin = request.getHeader("Origin");
        if (origin == null || !Problems.changes(request) || allowed(origin, request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        audit.fire(new Audited(null, "DENIED", "from another website: " + request.getMethod() + " "
                + request.getRequestURI()));
        Problems.write(request, response, 403, "This change was sent from another website and is refused",
                "Diese Änderung kam von einer anderen Website und wurde abgelehnt.");
    }

    private boolean allowed(String origin, String host) {
        var normalized = origin(origin);
        if (normalized == null) {
            return false; // "null" (a sandboxed page or a file) or garbage
        }
        if (normalized.equals(ownOrigin)) {
            return true;
        }
        var uri = URI.create(normalized);
        var authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return host != null && authority.equalsIgnoreCase(host.strip());
    }

    /** scheme://host[:port] in lower case, or {@code null} when it is not such an address. */
    static String origin(String value) {
        try {
            var uri = URI.create(value.strip());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && uri.getScheme().equalsIgnoreCase("http"))
                    || (port == 443 && uri.getScheme().equalsIgnoreCase("https"));
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
