package org.hausdesk.platform.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** What Hausdesk takes as an e-mail address: something@somewhere.tld, at most 254 characters, no spaces. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** Whether the text (without surrounding blanks) is such an address. */
    public static boolean valid(String text) {
        if (text == null) {
            return false;
        }
        var address = text.strip();
        return address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
    }

    /** The address in the form Hausdesk compares it (stripped, lower case), or null when it is none. */
    public static String normalize(String text) {
        return valid(text) ? text.strip().toLowerCase(Locale.ROOT) : null;
    }
}
