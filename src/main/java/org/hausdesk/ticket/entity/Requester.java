package org.hausdesk.ticket.entity;

import java.util.Objects;

/** The resident who asked, with the contact data they chose to give (phone and e-mail are optional). */
public record Requester(String name, String phone, String email) {

    public Requester {
        Objects.requireNonNull(name);
        name = name.strip();
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
