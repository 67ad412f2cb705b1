package org.hausdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A private link to a ticket, known only by its SHA-256. Each e-mail to the resident carries a link of its own. */
@Entity
@Table(name = "ticket_token")
@NamedQuery(name = TicketToken.VALID, query = "select k.ticket from TicketToken k "
        + "where k.tokenHash = :hash and k.ticket.number = :number and k.revokedAt is null "
        + "and (k.ticket.closedAt is null or k.ticket.closedAt > :closedAfter)")
public class TicketToken {

    public static final String VALID = "TicketToken.valid";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected TicketToken() {
    }

    TicketToken(Ticket ticket, String tokenHash, Instant createdAt) {
        this.ticket = ticket;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean accepts(String hash) {
        return revokedAt == null && java.security.MessageDigest.isEqual(
                tokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
