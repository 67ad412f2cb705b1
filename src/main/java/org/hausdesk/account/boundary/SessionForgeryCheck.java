package org.hausdesk.account.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hausdesk.account.control.SessionTokens;
import org.hausdesk.platform.boundary.Problems;
import org.hausdesk.platform.control.Audited;

/**
 * A change sent with a signed-in browser session must carry the session's anti-forgery token (form
 * field {@code csrf} or header {@code X-CSRF-Token}); otherwise {@code 403} and nothing happens.
 * Requests without a session (residents, API clients with Basic credentials) are not affected.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionForgeryCheck extends HttpFilter {

    @Inject
    Event<Audited> audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Problems.changes(request)) {
            chain.doFilter(request, response);
            return;
        }
        var session = request.getSession(false);
        var sent = request.getHeader("X-CSRF-Token");
        if (sent == null && isForm(request)) {
            sent = request.getParameter(SessionTokens.FIELD);
        }
        if (!SessionTokens.accepts(session, sent)) {
            audit.fire(new Audited(null, "DENIED", "no anti-forgery token: " + request.getMethod() + " "
                    + request.getRequestURI()));
            Problems.write(request, response, 403, "This form has expired or was sent from elsewhere; "
                    + "please reload the page and try again",
                    "Dieses Formular ist abgelaufen oder kam von einer anderen Seite. Bitte laden Sie die Seite neu.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }
}
