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
import org.hausdesk.account.entity.Account;

/** One line of a ticket's timeline: what happened, who did it (a helper, the resident, or Hausdesk itself), when. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    /** The name shown for what Hausdesk does by itself, such as an automatic escalation. */
    public static final String SYSTEM = "Hausdesk";

    @Id
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketEventType type;

    @ManyToOne
    @JoinColumn(name = "actor_account_id")
    private Account actor;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(length = 1000)
    private String detail;

    @Column(name = "public_event", nullable = false)
    private boolean publicEvent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, TicketEventType type, Account actor, String actorName, String detail, Instant at) {
        this.ticket = ticket;
        this.type = type;
        this.actor = actor;
        this.actorName = actorName;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.publicEvent = type.isPublic();
        this.createdAt = at;
    }

    /** Events without an account (the resident's) lose the name; details are run through {@code redact}. */
    void anonymize(java.util.function.UnaryOperator<String> redact, String residentName, String residentLabel) {
        if (actor == null && residentName.equals(actorName)) {
            actorName = residentLabel;
        }
        detail = Ticket.cut(redact.apply(detail), 1000);
    }

    public Ticket ticket() {
        return ticket;
    }

    public TicketEventType type() {
        return type;
    }

    /** The helper or coordinator who did it; {@code null} for the resident or Hausdesk itself. */
    public Account actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String detail() {
        return detail;
    }

    public boolean isPublic() {
        return publicEvent;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
