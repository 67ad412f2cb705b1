package org.hausdesk.account.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /anmelden/cloud}: off to the cooperative's cloud to sign in; {@code /anmelden/cloud/zurueck}:
 * back from it (the mechanism has checked the answer by then), on to the helpers' pages, or to the
 * sign-in page saying the cloud account has no Hausdesk account. 404 when no cloud is configured.
 */
@WebServlet({SignInMechanisms.CLOUD, SignInMechanisms.CLOUD_RETURN})
public class CloudSignInServlet extends HttpServlet {

    @Inject
    SecurityContext security;

    @Inject
    CloudSignIn cloudSignIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!cloudSignIn.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var context = request.getContextPath();
        if (signedIn(request)) {
            response.sendRedirect(context + "/helfer");
            return;
        }
        if (request.getAttribute(SignInMechanisms.UNKNOWN_ACCOUNT) != null) {
            response.sendRedirect(context + "/anmelden?hinweis=cloudUnknown");
            return;
        }
        if (request.getRequestURI().endsWith(SignInMechanisms.CLOUD_RETURN)) {
            response.sendRedirect(context + "/anmelden?hinweis=cloudFailed");
            return;
        }
        security.authenticate(request, response, AuthenticationParameters.withParams().newAuthentication(true));
        // the mechanism has answered with the redirect to the cloud
    }

    private static boolean signedIn(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(Authentication.SESSION_USER) != null;
    }
}
