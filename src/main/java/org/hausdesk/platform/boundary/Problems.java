package org.hausdesk.platform.boundary;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hausdesk.platform.control.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A {@link Problem} written by a servlet filter, before JAX-RS is involved. */
public final class Problems {

    /** Made once, as {@link StrictJson}'s parsers: {@code Json.createObjectBuilder} looks for the provider at every call. */
    private static final jakarta.json.JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private Problems() {
    }

    /**
     * An error answer for a request that never reaches Hausdesk's code: JSON for the API, a short
     * page in German and English for everything else.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message,
                             String germanMessage) throws IOException {
        if (isApi(request)) {
            SecurityHeaders.apply(request, response);
            write(response, status, message);
            return;
        }
        page(request, response, status, germanMessage, null, message);
    }

    /** Whether the request is one for the JSON API (its errors are JSON, never a page). */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The site's own short page for an answer that is not a Facelets page (an error, a limit): the
     * site's header and footer, the German text first, the English one below it.
     */
    public static void page(HttpServletRequest request, HttpServletResponse response, int status, String germanTitle,
                            String germanText, String english) throws IOException {
        var root = Html.escape(request.getContextPath());
        var html = """
                <!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s – Hausdesk</title><link rel="stylesheet" href="%1$s/static/hausdesk.css"></head>
                <body><header class="site"><div class="bar"><a class="brand" href="%1$s/">Hausdesk</a>
                <nav aria-label="Hauptmenü"><ul><li><a href="%1$s/faq">Häufige Fragen</a></li>
                <li><a href="%1$s/hilfe">Hilfe anfragen</a></li></ul></nav></div></header>
                <main id="inhalt" class="page"><h1>%2$s</h1>%3$s<p lang="en">%4$s</p>
                <p><a href="%1$s/">Zur Startseite</a> · <a href="%1$s/hilfe">Hilfe anfragen</a>
                · <a href="%1$s/anfrage">Meine Anfrage ansehen</a></p></main>
                <footer class="site"><p><a href="%1$s/datenschutz">Datenschutz</a></p></footer></body></html>
                """.formatted(root, Html.escape(germanTitle),
                germanText == null ? "" : "<p>" + Html.escape(germanText) + "</p>", Html.escape(english));
        SecurityHeaders.apply(request, response);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        var bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Whether a request may change something (anything but GET, HEAD and OPTIONS): what the filters guard. */
    public static boolean changes(HttpServletRequest request) {
        var method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, message, java.util.Map.of());
    }

    static void write(HttpServletResponse response, int status, String message, java.util.Map<String, String> fields)
            throws IOException {
        var fieldsJson = JSON.createObjectBuilder();
        fields.forEach(fieldsJson::add);
        var json = JSON.createObjectBuilder().add("status", status).add("message", message)
                .add("fields", fieldsJson).build().toString();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
