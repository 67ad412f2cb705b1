package org.hausdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hausdesk.account.entity.Account;

/** One message in a ticket's conversation: a public reply (by a helper or the resident) or an internal note. */
@Entity
@Table(name = "ticket_entry")
public class TicketEntry {

    @Id
    @SequenceGenerator(name = "ticket_entry_seq", sequenceName = "ticket_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_entry_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EntryKind kind;

    /** The helper who wrote it; {@code null} when the resident wrote it. */
    @ManyToOne
    @JoinColumn(name = "author_account_id")
    private Account author;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(nullable = false, length = 10000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketEntry() {
    }

    TicketEntry(Ticket ticket, EntryKind kind, Account author, String authorName, String body, Instant createdAt) {
        this.ticket = ticket;
        this.kind = kind;
        this.author = author;
        this.authorName = authorName;
        this.body = Objects.requireNonNull(body);
        this.createdAt = createdAt;
    }

    /** The resident's entries lose their name; every body is run through {@code redact}. */
    void anonymize(java.util.function.UnaryOperator<String> redact, String residentName, String residentLabel) {
        if (author == null && residentName.equals(authorName)) {
            authorName = residentLabel;
        }
        body = Ticket.cut(redact.apply(body), Ticket.TEXT_MAX);
    }

    public Long id() {
        return id;
    }

    public EntryKind kind() {
        return kind;
    }

    public boolean isPublic() {
        return kind == EntryKind.REPLY;
    }

    public Account author() {
        return author;
    }

    public boolean byResident() {
        return author == null;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
