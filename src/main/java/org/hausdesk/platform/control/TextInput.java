package org.hausdesk.platform.control;

import java.util.regex.Pattern;

/**
 * What text Hausdesk takes in at all, the same for every field and parameter and for both databases:
 * no control characters other than tab and line breaks (PostgreSQL refuses a NUL in text, H2 keeps
 * it; neither belongs in a person's name or message).
 */
public final class TextInput {

    /** A percent-encoded control character in a URL: C0 but tab and line breaks, DEL, and C1 in UTF-8. */
    private static final Pattern ENCODED_CONTROL = Pattern.compile("(?i)%(0[0-8bcef]|1[0-9a-f]|7f)|%c2%[89][0-9a-f]");

    private TextInput() {
    }

    public static boolean hasControlCharacters(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The text with its control characters (but tab and line breaks) removed: for logging what was refused. */
    public static String withoutControlCharacters(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "");
    }

    /** Whether a raw (still percent-encoded) path or query string carries a control character. */
    public static boolean hasEncodedControlCharacters(String raw) {
        return raw != null && (ENCODED_CONTROL.matcher(raw).find() || hasControlCharacters(raw));
    }
}
