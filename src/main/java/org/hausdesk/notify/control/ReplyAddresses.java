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
 * A ticket's address carries an HMAC-SHA256, with the server's secret, of its number and of the address the mail
 * went to: it cannot be guessed from a number, and it is valid only for a reply from that same address (a resident
 * cannot answer in a helper's name with a forged {@code From}, a forwarded mail's reader not in the resident's).
 */
public final class ReplyAddresses {

    /** Where an incoming mail was sent to. */
    public sealed interface Target {
    }

    /** A reply to a ticket; whether its signature fits the sender says {@link #signedFor}. */
    public record ToTicket(String number, String signature) implements Target {
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

    /** The address a reply about this ticket from {@code recipient} (the resident's or a helper's address) goes to. */
    public String forTicket(String number, String recipient) {
        return local + "+" + number + "." + signature(number, recipient) + "@" + domain;
    }

    /** Whether the reply address's signature was made for this ticket and this sender. */
    public boolean signedFor(ToTicket target, String sender) {
        if (sender == null) {
            return false;
        }
        var expected = signature(target.number(), sender).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, target.signature().getBytes(StandardCharsets.US_ASCII));
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
            return Optional.of(new ToTicket(ticket.group(1), ticket.group(2)));
        }
        return Optional.of(HOUSE.matcher(tag).matches() ? new ToHouse(tag) : new General());
    }

    private String signature(String number, String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            var digest = mac.doFinal(("ticket:" + number + "|" + address.strip().toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, SIGNATURE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
