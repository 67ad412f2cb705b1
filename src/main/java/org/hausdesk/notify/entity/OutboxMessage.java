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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One e-mail or chat message waiting to be sent, sent, or given up on. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    /** An e-mail address, or the webhook URL. */
    @Column(nullable = false, length = 500)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", length = 20000)
    private String bodyText;

    @Column(name = "body_html", length = 40000)
    private String bodyHtml;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "gave_up_at")
    private Instant gaveUpAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMessage() {
    }

    public OutboxMessage(Channel channel, String recipient, String subject, String bodyText, String bodyHtml,
                         String ticketNumber, Instant now) {
        this.channel = Objects.requireNonNull(channel);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.ticketNumber = ticketNumber;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Sent: the body goes, only the fact that it was sent stays. */
    public void sent(Instant now) {
        sentAt = now;
        claimedUntil = null;
        lastError = null;
        bodyText = null;
        bodyHtml = null;
    }

    /**
     * Sending failed: try again after {@code base × 2^(attempts-1)}, at most {@code maxDelay}; after
     * {@code maxAttempts} give up (a coordinator can still retry).
     */
    public void failed(String error, Instant now, Duration base, Duration maxDelay, int maxAttempts) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? "unknown error" : error.length() <= 1000 ? error : error.substring(0, 1000);
        var delay = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        if (attempts >= maxAttempts) {
            gaveUpAt = now;
        }
    }

    /** A coordinator asks to try again now, also after Hausdesk gave up. */
    public void retryNow(Instant now) {
        if (sentAt == null) {
            gaveUpAt = null;
            nextAttemptAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant gaveUpAt() {
        return gaveUpAt;
    }

    public String lastError() {
        return lastError;
    }
}
