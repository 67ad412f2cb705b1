package org.hausdesk.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Per client address: how many requests may be filed, how many ticket look-ups may fail, how many
 * searches may run; beyond that {@code 429} with {@code Retry-After}. The address is the
 * connection's, or behind one of {@code hausdesk.trusted-proxies} the last one in
 * {@code X-Forwarded-For}. Limits are generous: the residents of a house may share one address.
 * They are kept per node, in memory.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RateLimits extends HttpFilter {

    static final String TOKEN_HEADER = "X-Ticket-Token";
    /** The request form's page, and the name of its send button: what counts as filing from the browser. */
    static final String REQUEST_PAGE = "/pages/request.xhtml";
    static final String SEND_BUTTON = "send";
    static final String TICKET_PAGE = "/pages/ticket.xhtml";

    private RateLimiter filings;
    private RateLimiter failedLookups;
    private RateLimiter searches;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        filings = new RateLimiter(config.getOptionalValue("hausdesk.limits.filings-per-hour", Integer.class).orElse(30),
                Duration.ofHours(1));
        failedLookups = new RateLimiter(config.getOptionalValue("hausdesk.limits.failed-lookups-per-hour", Integer.class)
                .orElse(30), Duration.ofHours(1));
        searches = new RateLimiter(config.getOptionalValue("hausdesk.limits.searches-per-minute", Integer.class)
                .orElse(120), Duration.ofMinutes(1));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var address = ClientAddress.of(request);
        boolean post = request.getMethod().equals("POST");
        boolean get = request.getMethod().equals("GET");
        boolean filing = post && path.equals("/api/tickets") && request.getHeader("Authorization") == null
                || post && path.equals(REQUEST_PAGE) && request.getParameter(SEND_BUTTON) != null
                && !signedInHelper(request)
                || post && path.equals("/pages/my-requests.xhtml") && request.getParameter("sendLink") != null;
        boolean search = get && (path.startsWith("/api/search") || path.matches("/faq/?") && request.getParameter("q") != null);
        boolean lookup = request.getHeader(TOKEN_HEADER) != null
                || (path.startsWith("/anfrage/") || path.equals(TICKET_PAGE) || path.startsWith("/api/privacy/tickets/"))
                && request.getParameter("zugang") != null;

        if (filing && refused(request, response, filings.take(address), "You have sent many requests; please wait",
                "Sie haben sehr viele Anfragen geschickt. Bitte warten Sie etwas")
                || search && refused(request, response, searches.take(address), "Too many searches; please wait a moment",
                "Sehr viele Suchen in kurzer Zeit. Bitte warten Sie einen Moment")
                || lookup && refused(request, response, failedLookups.peek(address),
                        "Too many requests with a wrong ticket link; please wait",
                        "Zu viele Versuche mit einem falschen Link. Bitte warten Sie etwas")) {
            return;
        }
        chain.doFilter(request, response);
        if (lookup && response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            failedLookups.take(address);
        }
    }

    /** Helpers filing for residents are not limited (their session names them; residents' sessions do not). */
    private static boolean signedInHelper(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute("hausdesk.user") != null;
    }

    private static boolean refused(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds,
                                   String message, String germanMessage) throws IOException {
        if (retryAfterSeconds == 0) {
            return false;
        }
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        Problems.write(request, response, 429, message + " (about %d seconds)".formatted(retryAfterSeconds),
                germanMessage + " (etwa %d Sekunden).".formatted(retryAfterSeconds));
        return true;
    }
}
