package org.hausdesk.platform.entity;

/** Input that breaks a domain rule the request format cannot express (e.g. a helper without a house). Answered with 400. */
public class InvalidInput extends IllegalArgumentException {

    public InvalidInput(String message) {
        super(message);
    }
}
