package org.hausdesk.platform.boundary;

import java.util.Map;

/** One or more request fields that are well-formed JSON but not acceptable. Answered with 400 and a message per field. */
public class InvalidField extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidField(String field, String message) {
        super(field + ": " + message);
        this.fields = Map.of(field, message);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
