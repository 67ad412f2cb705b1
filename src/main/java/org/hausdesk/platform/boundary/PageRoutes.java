package org.hausdesk.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses people see and keep ({@code /anfrage/2026-0042?zugang=...}, {@code /faq/...},
 * {@code /helfer}) mapped to the Facelets pages under {@code /pages/}. A path part ({@code {number}})
 * becomes a request parameter of the page. Each address is listed once, below: the servlet's mappings
 * are made from the same list when the application starts. A servlet, so every filter has seen the
 * request before.
 */
@WebListener
public class PageRoutes extends HttpServlet implements ServletContextListener {

    /**
     * {@code /anfrage/{number}}: the address, with at most one part taken over as the page's parameter; the pattern
     * that matches it is made once, from the address.
     */
    record Route(String address, String page, String parameter, Pattern pattern) {

        private static final String PART = "([A-Za-z0-9][A-Za-z0-9._-]{0,99})";

        Route(String address, String page) {
            this(address, page, parameter(address), pattern(address));
        }

        /** The name in braces, or null. */
        private static String parameter(String address) {
            int open = address.indexOf('{');
            return open < 0 ? null : address.substring(open + 1, address.indexOf('}'));
        }

        private static String fixed(String address) {
            int open = address.indexOf('{');
            return open < 0 ? address : address.substring(0, open);
        }

        private static Pattern pattern(String address) {
            return parameter(address) == null
                    ? Pattern.compile(address.equals("/") ? "/" : Pattern.quote(address) + "/?")
                    : Pattern.compile(Pattern.quote(fixed(address)) + PART);
        }

        /** The servlet mappings that reach this address: {@code ""} for the root, a prefix for a path part. */
        List<String> mappings() {
            if (address.equals("/")) {
                return List.of("");
            }
            return parameter != null ? List.of(fixed(address) + "*") : List.of(address, address + "/");
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("/", "start"),
            new Route("/hilfe", "request"),
            new Route("/anfrage", "open"),
            new Route("/anfrage/{number}", "ticket"),
            new Route("/faq", "faq"),
            new Route("/faq/{slug}", "article"),
            new Route("/haus/{slug}", "house"),
            new Route("/datenschutz", "privacy"),
            new Route("/meine-anfragen", "my-requests"),
            new Route("/anmelden", "signin"),
            new Route("/helfer", "dashboard"),
            new Route("/helfer/anfrage/{number}", "staff-ticket"),
            new Route("/helfer/artikel", "editor"),
            new Route("/helfer/artikel/{slug}", "editor"),
            new Route("/helfer/abwesenheit", "absences"),
            new Route("/helfer/zahlen", "numbers"),
            new Route("/helfer/einzug", "onboarding-overview"),
            new Route("/helfer/einzug/{slug}", "onboarding"),
            new Route("/helfer/willkommen/{id}", "welcome"),
            new Route("/helfer/verwaltung", "admin"));

    /** Every servlet mapping the routes need, once each (a prefix mapping covers the addresses below it). */
    static List<String> mappings() {
        var mappings = new LinkedHashSet<String>();
        ROUTES.forEach(route -> mappings.addAll(route.mappings()));
        var prefixes = mappings.stream().filter(m -> m.endsWith("/*")).map(m -> m.substring(0, m.length() - 1)).toList();
        mappings.removeIf(m -> !m.endsWith("/*") && prefixes.stream().anyMatch(p -> m.startsWith(p) && !m.equals(p)));
        return List.copyOf(mappings);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().addServlet("pages", PageRoutes.class).addMapping(mappings().toArray(String[]::new));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        for (var route : ROUTES) {
            var match = route.pattern().matcher(path.isEmpty() ? "/" : path);
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
