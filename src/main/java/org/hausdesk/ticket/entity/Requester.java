package org.hausdesk.ticket.entity;

import java.util.Objects;

/**
 * The resident who asked, with the contact they chose to give: a phone number, an e-mail address or
 * their door ("Whg. 2.3, bitte klingeln"); all optional, since their private link always works.
 */
public record Requester(String name, String phone, String email, String door) {

    /** How helpers reach the resident, and so what the resident is promised. */
    public enum Reach {
        EMAIL, PHONE, DOOR, LINK_ONLY
    }

    public Requester {
        Objects.requireNonNull(name);
        name = name.strip();
        phone = blankToNull(phone);
        email = blankToNull(email);
        door = blankToNull(door);
    }

    public Requester(String name, String phone, String email) {
        this(name, phone, email, null);
    }

    /** E-mail first (answers are sent), then a call, then the door; otherwise only the private link. */
    public Reach reach() {
        return email != null ? Reach.EMAIL : phone != null ? Reach.PHONE : door != null ? Reach.DOOR : Reach.LINK_ONLY;
    }

    /** The contact that goes with {@link #reach()}: the address, the number or the door; null for the link only. */
    public String contact() {
        return switch (reach()) {
            case EMAIL -> email;
            case PHONE -> phone;
            case DOOR -> door;
            case LINK_ONLY -> null;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
