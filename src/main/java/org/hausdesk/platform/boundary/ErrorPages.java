package org.hausdesk.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Every error the container answers by itself (a refused Basic sign-in, a method a servlet does not
 * take, an unknown address, an exception no one caught) is answered by Hausdesk: JSON under
 * {@code /api}, the site's own page elsewhere, always with the security headers. {@code web.xml}
 * sends every error here.
 */
@WebServlet("/fehler")
public class ErrorPages extends HttpServlet {

    private record Text(String germanTitle, String germanText, String english) {
    }

    private static final Map<Integer, Text> TEXTS = Map.of(
            400, new Text("Diese Anfrage verstehen wir nicht", "Bitte prüfen Sie die Adresse oder das Formular.",
                    "The request is malformed."),
            401, new Text("Bitte melden Sie sich an", "Diese Seite ist nur für IT-Beauftragte.",
                    "Sign in as a helper or coordinator."),
            403, new Text("Das ist nicht erlaubt", "Dafür fehlt die Berechtigung.", "This is not allowed."),
            404, new Text("Diese Seite gibt es nicht",
                    "Vielleicht hat sich ein Tippfehler in die Adresse geschlichen, oder der Link gilt nicht mehr.",
                    "This page does not exist, or the link is wrong or no longer valid."),
            405, new Text("Das geht hier nicht", "Diese Adresse nimmt so eine Anfrage nicht an.",
                    "This method is not allowed here."),
            413, new Text("Das ist zu groß", "Bitte schicken Sie weniger oder kleinere Dateien.",
                    "The request is too large."));

    private static final Text FALLBACK = new Text("Da ist etwas schiefgegangen",
            "Bitte versuchen Sie es später noch einmal.", "Something went wrong.");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var text = TEXTS.getOrDefault(status, status >= 500 ? FALLBACK : TEXTS.get(400));
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            SecurityHeaders.apply(request, response);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Hausdesk\"");
            }
            Problems.write(response, status, status == 401 ? "Sign in as a helper or coordinator"
                    : text.english().replaceAll("\\.$", ""));
            return;
        }
        Problems.page(request, response, status, text.germanTitle(), text.germanText(), text.english());
    }
}
