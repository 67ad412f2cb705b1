package org.hausdesk.platform.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses people see and keep ({@code /anfrage/2026-0042?zugang=...}, {@code /faq/...},
 * {@code /helfer}) mapped to the Facelets pages under {@code /pages/}. A path part becomes a
 * request parameter of the page. A servlet, so every filter has seen the request before.
 */
@WebServlet(urlPatterns = {"", "/hilfe", "/hilfe/", "/anfrage", "/anfrage/*", "/faq", "/faq/*", "/datenschutz", "/meine-anfragen", "/anmelden",
        "/helfer", "/helfer/*"})
public class PageRoutes extends HttpServlet {

    private record Route(Pattern path, String page, String parameter) {
    }

    private static final String PART = "([A-Za-z0-9][A-Za-z0-9._-]{0,99})";

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("/"), "start", null),
            new Route(Pattern.compile("/hilfe/?"), "request", null),
            new Route(Pattern.compile("/anfrage/?"), "open", null),
            new Route(Pattern.compile("/anfrage/" + PART), "ticket", "number"),
            new Route(Pattern.compile("/faq/?"), "faq", null),
            new Route(Pattern.compile("/faq/" + PART), "article", "slug"),
            new Route(Pattern.compile("/datenschutz/?"), "privacy", null),
            new Route(Pattern.compile("/meine-anfragen/?"), "my-requests", null),
            new Route(Pattern.compile("/anmelden/?"), "signin", null),
            new Route(Pattern.compile("/helfer/?"), "dashboard", null),
            new Route(Pattern.compile("/helfer/anfrage/" + PART), "staff-ticket", "number"),
            new Route(Pattern.compile("/helfer/artikel/?"), "editor", null),
            new Route(Pattern.compile("/helfer/artikel/" + PART), "editor", "slug"),
            new Route(Pattern.compile("/helfer/abwesenheit/?"), "absences", null),
            new Route(Pattern.compile("/helfer/zahlen/?"), "numbers", null),
            new Route(Pattern.compile("/helfer/verwaltung/?"), "admin", null));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        for (var route : ROUTES) {
            var match = route.path().matcher(path);
            if (match.matches()) {
                var target = "/pages/" + route.page() + ".xhtml";
                if (route.parameter() != null) {
                    target += "?" + route.parameter() + "=" + URLEncoder.encode(match.group(1), StandardCharsets.UTF_8);
                }
                request.getRequestDispatcher(target).forward(request, response);
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
