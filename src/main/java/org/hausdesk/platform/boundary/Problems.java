package org.hausdesk.platform.boundary;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A {@link Problem} written by a servlet filter, before JAX-RS is involved. */
final class Problems {

    private Problems() {
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
