package org.hausdesk.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * What every error answer carries: the status, a message a person can act on, and for invalid
 * input one message per field.
 */
public record Problem(int status, String message, Map<String, String> fields) {

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message, Map.of());
    }

    public static Response response(int status, String message, Map<String, String> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status, message, fields))
                .build();
    }
}
