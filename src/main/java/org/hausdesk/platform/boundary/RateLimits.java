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
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RateLimits extends HttpFilter {

    static final String TOKEN_HEADER = "X-Ticket-Token";

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
        boolean filing = request.getMethod().equals("POST") && path.equals("/api/tickets")
                && request.getHeader("Authorization") == null;
        boolean search = path.startsWith("/api/search") && request.getMethod().equals("GET");
        boolean lookup = request.getHeader(TOKEN_HEADER) != null;

        if (filing && refused(response, filings.take(address), "You have sent many requests; please wait")
                || search && refused(response, searches.take(address), "Too many searches; please wait a moment")
                || lookup && refused(response, failedLookups.peek(address),
                        "Too many requests with a wrong ticket link; please wait")) {
            return;
        }
        chain.doFilter(request, response);
        if (lookup && response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            failedLookups.take(address);
        }
    }

    private static boolean refused(HttpServletResponse response, long retryAfterSeconds, String message)
            throws IOException {
        if (retryAfterSeconds == 0) {
            return false;
        }
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        Problems.write(response, 429, message + " (about %d seconds)".formatted(retryAfterSeconds));
        return true;
    }
}
