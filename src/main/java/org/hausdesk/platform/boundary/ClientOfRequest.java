package org.hausdesk.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.ClientAddress;
import org.hausdesk.platform.control.PlatformConfig;

/**
 * Makes the client's address known to the operations a request runs (the rate limits count per
 * client, whichever page or resource leads to the operation). Read from the request itself, not from
 * an injected request object, which in Faces requests is not always the one being served.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientOfRequest extends HttpFilter {

    @Inject
    @ConfigProperties
    PlatformConfig platform;

    @Override
    public void init() {
        ClientAddress.trust(ClientAddress.listed(platform.trustedProxies()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var before = ClientAddress.enter(request);
        try {
            chain.doFilter(request, response);
        } finally {
            ClientAddress.leave(before);
        }
    }
}
