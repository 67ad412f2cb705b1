package org.hausdesk.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.ClientAddress;
import org.hausdesk.platform.control.PlatformConfig;

/**
 * The server's metrics ({@code /metrics}: memory, threads, uptime) are for the people who run it, not
 * for the public: they answer only clients from {@code hausdesk.platform.metrics-allowed-addresses} (e.g.
 * {@code 127.0.0.1} for a Prometheus on the same machine), and everyone else gets the ordinary 404.
 * {@code /health} stays open: a load balancer needs it, and it says only up or down.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class InternalEndpoints extends HttpFilter {

    @Inject
    @ConfigProperties
    PlatformConfig platform;

    private Set<String> allowed;

    @Override
    public void init() {
        allowed = ClientAddress.listed(platform.metricsAllowedAddresses());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed.contains(ClientAddress.of(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND); // the same 404 page as any unknown address
    }
}
