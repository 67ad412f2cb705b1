package org.hausdesk.ticket.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hausdesk.platform.entity.EmailAddress;

/**
 * The resident who asked, with the contact they chose to give: a phone number, an e-mail address or
 * their door ("Whg. 2.3, bitte klingeln"); all optional, since their private link always works.
 */
public record Requester(@NotBlank @Size(max = NAME_MAX) String name,
                        @Pattern(regexp = PHONE_RULE) String phone,
                        @EmailAddress String email,
                        @Size(max = DOOR_MAX) String door) {

    public static final int NAME_MAX = 120;
    /** A phone number: 3-40 digits, spaces and {@code + ( ) / -}. */
    public static final String PHONE_RULE = "[0-9 +()/-]{3,40}";
    public static final int DOOR_MAX = 120;

    /** How helpers reach the resident, and so what the resident is promised. */
    public enum Reach {
        EMAIL, PHONE, DOOR, LINK_ONLY
    }

    public Requester {
        name = name == null ? null : name.strip();
        phone = blankToNull(phone);
        email = blankToNull(email);
        door = blankToNull(door);
    }

    /**
     * The contact in one field, as the request form asks for it ("Telefon, E-Mail oder Wohnung"): with an @ it is an
     * e-mail address, when it looks like a phone number it is one, anything else is the door.
     */
    public static Requester withContact(String name, String contact) {
        if (contact == null || contact.isBlank()) {
            return new Requester(name, null, null, null);
        }
        var value = contact.strip();
        if (value.contains("@")) {
            return new Requester(name, null, value, null);
        }
        return value.matches(PHONE_RULE) ? new Requester(name, value, null, null) : new Requester(name, null, null, value);
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
