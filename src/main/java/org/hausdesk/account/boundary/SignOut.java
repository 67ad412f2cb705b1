package org.hausdesk.account.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hausdesk.platform.control.Audited;

/**
 * {@code POST /abmelden}: ends the browser session on the server (the cookie alone is worth nothing
 * afterwards) and goes to the start page. The anti-forgery check runs before.
 */
@WebServlet("/abmelden")
public class SignOut extends HttpServlet {

    @Inject
    Event<Audited> audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var session = request.getSession(false);
        if (session != null) {
            var user = session.getAttribute(Authentication.SESSION_USER);
            if (user != null) {
                audit.fire(new Audited(user.toString(), "SIGN_OUT", "page"));
            }
            session.invalidate();
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + "/?hinweis=signedOut");
    }
}
