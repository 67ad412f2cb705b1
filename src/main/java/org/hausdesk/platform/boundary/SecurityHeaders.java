package org.hausdesk.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer that keep a browser from running or framing anything Hausdesk did not
 * mean to serve: a Content-Security-Policy without inline script and with {@code frame-ancestors
 * 'none'}, {@code nosniff}, no referrer to other sites, and no caching of anything but the static
 * files (pages and API answers may carry a resident's conversation).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called for answers written before or outside this filter (sign-in
     * refusals, error pages). Only the site's own static files may be kept in a cache: every other
     * answer may show a resident's request, a helper's queue or internal notes.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        var uri = request.getRequestURI();
        if (!uri.startsWith(request.getContextPath() + "/static/") || uri.contains("..")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
