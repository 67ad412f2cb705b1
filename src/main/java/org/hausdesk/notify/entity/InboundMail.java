package org.hausdesk.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail that came in and what became of it. Handled mails keep digests only (Message-ID, sender); a mail held for a
 * coordinator keeps who sent it and what it says, until a coordinator deletes it or retention does.
 */
@Entity
@Table(name = "mail_in")
public class InboundMail {

    /** What became of a mail. */
    public enum Outcome {
        /** A public reply in its ticket. */
        REPLY,
        /** A new request in a house. */
        NEW_REQUEST,
        /** Kept for a coordinator: unknown sender, forged reply address, no house. */
        HELD,
        /** An auto-reply, a bounce, a list mail, one of Hausdesk's own, or an empty one. */
        IGNORED,
        /** The sender's limit per hour was reached. */
        LIMITED,
        /** Larger than allowed; the sender was told. */
        TOO_LARGE
    }

    @Id
    @SequenceGenerator(name = "mail_in_seq", sequenceName = "mail_in_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_in_seq")
    private Long id;

    @Column(name = "message_key", nullable = false, unique = true, length = 64)
    private String messageKey;

    @Column(name = "sender_hash", length = 64)
    private String senderHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(length = 200)
    private String reason;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(length = 254)
    private String sender;

    @Column(length = 200)
    private String subject;

    @Column(length = 10_000)
    private String body;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundMail() {
    }

    public InboundMail(String messageKey, String senderHash, Instant receivedAt) {
        this.messageKey = Objects.requireNonNull(messageKey);
        this.senderHash = senderHash;
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.outcome = Outcome.IGNORED;
    }

    public void handled(Outcome outcome, String ticketNumber, String reason) {
        this.outcome = Objects.requireNonNull(outcome);
        this.ticketNumber = ticketNumber;
        this.reason = reason;
    }

    /** Kept for a coordinator: who sent it and what it says. */
    public void hold(String reason, String sender, String subject, String body, String ticketNumber) {
        handled(Outcome.HELD, ticketNumber, reason);
        this.sender = cut(sender, 254);
        this.subject = cut(subject, 200);
        this.body = cut(body, 10_000);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
