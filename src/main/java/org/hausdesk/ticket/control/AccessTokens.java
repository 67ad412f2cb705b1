package org.hausdesk.ticket.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secrets that open a resident's request, of which only the SHA-256 is stored.
 *
 * <p>A request's <b>access code</b> is what a person can read off paper, say on the phone and type:
 * 12 characters from 32 that cannot be mistaken for one another (no 0/O, no 1/I), 60 random bits,
 * shown as {@code K7M4-Q2XP-9D4F}. Compared without regard to case, spaces or dashes. The private link
 * carries the same code, so link and code are one key, and renewing replaces both. (Links made before
 * there were codes carry 256 random bits and keep working.)
 *
 * <p>A one-time <b>sign-in link</b> sent by e-mail carries 256 random bits: nobody has to type it.
 */
public final class AccessTokens {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 12;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + CODE_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokens() {
    }

    /** A new access code for a request, in its plain form (what the link carries). */
    public static String newToken() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A new secret for a one-time sign-in link: 256 random bits, URL-safe. */
    public static String newLinkToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An access code as people read it: {@code K7M4-Q2XP-9D4F}; anything else as it is. */
    public static String display(String token) {
        var code = normalize(token);
        return CODE.matcher(code).matches() ? code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8)
                : code;
    }

    /** What was typed or sent, as it is hashed: an access code in capitals without spaces or dashes. */
    public static String plain(String token) {
        return normalize(token);
    }

    static String normalize(String token) {
        var stripped = token.strip();
        var code = stripped.replaceAll("[\\s\\-‐‑–—]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? code : stripped;
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalize(token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
