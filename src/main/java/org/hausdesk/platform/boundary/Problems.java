package org.hausdesk.platform.boundary;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hausdesk.platform.control.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A {@link Problem} written by a servlet filter, before JAX-RS is involved. */
public final class Problems {

    private Problems() {
    }

    /**
     * An error answer for a request that never reaches Hausdesk's code: JSON for the API, a short
     * page in German and English for everything else.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message,
                             String germanMessage) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            write(response, status, message);
            return;
        }
        var html = """
                <!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Hausdesk</title><link rel="stylesheet" href="%s/static/hausdesk.css"></head>
                <body><main class="page"><h1>%s</h1><p lang="en">%s</p><p><a href="%s/">Zur Startseite</a></p></main></body></html>
                """.formatted(request.getContextPath(), Html.escape(germanMessage), Html.escape(message),
                request.getContextPath());
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
        var json = Json.createObjectBuilder().add("status", status).add("message", message)
                .add("fields", Json.createObjectBuilder()).build().toString();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
