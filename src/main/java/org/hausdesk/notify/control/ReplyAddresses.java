package org.hausdesk.notify.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The addresses mail comes in by, around the mailbox's own {@code hilfe@genossenschaft.example}:
 * {@code hilfe+2026-0042.<signature>@...} answers a ticket, {@code hilfe+linden@...} files a new request in a house.
 * A ticket's address carries an HMAC-SHA256 of its number with the server's secret, so an address for a ticket
 * cannot be guessed or forged from its number.
 */
public final class ReplyAddresses {

    /** Where an incoming mail was sent to. */
    public sealed interface Target {
    }

    /** A reply to a ticket, with a valid signature. */
    public record ToTicket(String number) implements Target {
    }

    /** An address that names a ticket but whose signature is wrong. */
    public record Forged(String number) implements Target {
    }

    /** A new request to a house. */
    public record ToHouse(String slug) implements Target {
    }

    /** The plain address, or any other tag. */
    public record General() implements Target {
    }

    private static final Pattern TICKET = Pattern.compile("(\\d{4}-\\d{1,6})\\.([a-z0-9]{1,64})");
    private static final Pattern HOUSE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final int SIGNATURE_LENGTH = 16;

    private final String local;
    private final String domain;
    private final byte[] secret;

    /** @param address the mailbox's own address; @param secret the signing key */
    public ReplyAddresses(String address, String secret) {
        var at = address.strip().lastIndexOf('@');
        if (at <= 0 || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("need an address like hilfe@example.org and a secret");
        }
        this.local = address.strip().substring(0, at).toLowerCase(Locale.ROOT);
        this.domain = address.strip().substring(at + 1).toLowerCase(Locale.ROOT);
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The address a resident's or helper's reply about this ticket goes to. */
    public String forTicket(String number) {
        return local + "+" + number + "." + signature(number) + "@" + domain;
    }

    public String forHouse(String slug) {
        return local + "+" + slug + "@" + domain;
    }

    /** What a recipient address means, or empty when it is not one of the mailbox's addresses. */
    public Optional<Target> target(String recipient) {
        if (recipient == null) {
            return Optional.empty();
        }
        var address = recipient.strip().toLowerCase(Locale.ROOT);
        var at = address.lastIndexOf('@');
        if (at <= 0 || !address.substring(at + 1).equals(domain)) {
            return Optional.empty();
        }
        var name = address.substring(0, at);
        if (name.equals(local)) {
            return Optional.of(new General());
        }
        if (!name.startsWith(local + "+")) {
            return Optional.empty();
        }
        var tag = name.substring(local.length() + 1);
        var ticket = TICKET.matcher(tag);
        if (ticket.matches()) {
            var expected = signature(ticket.group(1)).getBytes(StandardCharsets.US_ASCII);
            var given = ticket.group(2).getBytes(StandardCharsets.US_ASCII);
            return Optional.of(MessageDigest.isEqual(expected, given) ? new ToTicket(ticket.group(1))
                    : new Forged(ticket.group(1)));
        }
        return Optional.of(HOUSE.matcher(tag).matches() ? new ToHouse(tag) : new General());
    }

    private String signature(String number) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            var digest = mac.doFinal(("ticket:" + number).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, SIGNATURE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
