package org.hausdesk.platform.boundary;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} header for a file name that came from a person (RFC 6266): a plain
 * ASCII {@code filename} in which every other character becomes {@code _}, and the real name as
 * {@code filename*} in UTF-8, percent-encoded per RFC 8187 (only its {@code attr-char}s stay as they
 * are). No character of the name can end the value or add a parameter: a {@code "}, {@code ;} or a
 * character whose low byte is one of them is encoded, never written as it is.
 */
public final class ContentDisposition {

    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return header("attachment", fileName);
    }

    public static String inline(String fileName) {
        return header("inline", fileName);
    }

    private static String header(String type, String fileName) {
        var name = fileName == null || fileName.isBlank() ? "datei" : fileName;
        return type + "; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    private static String ascii(String name) {
        var out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%'
                ? (char) c : '_'));
        return out.toString();
    }

    private static String encoded(String name) {
        var out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
