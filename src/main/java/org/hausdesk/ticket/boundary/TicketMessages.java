package org.hausdesk.ticket.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.control.HouseView;
import org.hausdesk.ticket.control.OutageView;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Priority;
import org.hausdesk.ticket.entity.Requester;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEntry;
import org.hausdesk.ticket.entity.TicketEvent;
import org.hausdesk.ticket.entity.TicketEventType;
import org.hausdesk.ticket.entity.TicketState;

/** The JSON shapes of the ticket API. Requests carry only what their sender may set; anything else is ignored. */
public final class TicketMessages {

    private TicketMessages() {
    }

    /**
     * A resident's request. The category is optional: residents who cannot tell pick nothing; without a subject,
     * the first line of the description is one. The contact comes either as {@code phone}, {@code email} and
     * {@code door}, or as one {@code contact} that is read as the request form reads it. What each field may hold is
     * checked where the request form's are too ({@code Tickets.file} and {@code Requester}).
     */
    public record NewTicket(
            String name,
            @NotBlank(message = "Please choose your house") @Size(max = 40) String house,
            String phone,
            String email,
            String subject,
            String description,
            String category,
            @Pattern(regexp = "de|en", message = "de or en") String language,
            String door,
            String contact) {
    }

    /** The new request's number, its private token (the link's secret) and the same as a code to type: {@code K7M4-Q2XP-9D4F}. */
    public record Filed(String number, String accessToken, String accessCode, String location) {
    }

    /** A renewed private link: the token and the page it opens (older links of the ticket no longer work). */
    public record NewLink(String number, String accessToken, String page) {
    }

    /** An attached picture (always PNG, written anew) or PDF; the file at {@code /api/tickets/{number}/attachments/{id}}. */
    public record AttachmentView(long id, String fileName, String contentType, long size, boolean byResident,
                                 Instant createdAt) {
        static AttachmentView of(org.hausdesk.ticket.entity.Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.byResident(), a.createdAt());
        }
    }

    /** Replies, solutions, notes and reasons: what they may hold is checked by {@code Tickets}, for the pages too. */
    public record Reply(String body, boolean askBack) {
    }

    public record Solution(String body) {
    }

    public record Note(String body) {
    }

    public record StateChange(@NotNull TicketState state, @NotNull @PositiveOrZero Long version) {
    }

    public record EscalationRequest(String reason) {
    }

    public record PriorityChange(@NotNull Priority priority, @NotNull @PositiveOrZero Long version) {
    }

    public record EntryView(Long id, String kind, String author, boolean byResident, String body, Instant createdAt) {
        static EntryView of(TicketEntry entry) {
            return new EntryView(entry.id(), entry.kind().name(), entry.authorName(), entry.byResident(), entry.body(),
                    entry.createdAt());
        }
    }

    public record EventView(TicketEventType type, String actor, String detail, Instant at) {
        static EventView of(TicketEvent event) {
            return new EventView(event.type(), event.actorName(), event.detail(), event.createdAt());
        }
    }

    public record TicketView(String number, HouseView house, Category category, Priority priority,
                             TicketState state, Escalation escalation, String assignee, String subject,
                             String description, Requester requester, String language, Instant createdAt,
                             Instant updatedAt, long version, OutageView outage, List<EntryView> entries,
                             List<EventView> timeline, List<AttachmentView> attachments) {

        /** What helpers see: everything, internal notes and escalation reasons included. */
        static TicketView forStaff(Ticket ticket) {
            return of(ticket, ticket.entries(), ticket.timeline());
        }


        private static TicketView of(Ticket ticket, List<TicketEntry> entries, List<TicketEvent> events) {
            return new TicketView(ticket.number(), HouseView.of(ticket.house()), ticket.category(),
                    ticket.priority(), ticket.state(), ticket.escalation(), displayName(ticket.assignee()),
                    ticket.subject(), ticket.description(), ticket.requester(), ticket.language(),
                    ticket.createdAt(), ticket.updatedAt(), ticket.version(), OutageView.of(ticket.outage()),
                    entries.stream().map(EntryView::of).toList(), events.stream().map(EventView::of).toList(),
                    ticket.attachments().stream().map(AttachmentView::of).toList());
        }
    }

    /**
     * What the resident sees of their request: what they wrote, the public conversation and what
     * happened when. Nothing of the helpers' triage (priority, escalation, who has it, internal notes),
     * and internal work changes nothing here: {@code updatedAt} is the last public activity.
     */
    public record ResidentTicketView(String number, HouseView house, Category category, TicketState state,
                                     String subject, String description, Requester requester, String language,
                                     Instant createdAt, Instant updatedAt, List<EntryView> entries,
                                     List<ResidentEventView> timeline, List<AttachmentView> attachments) {

        static ResidentTicketView of(Ticket ticket) {
            var entries = ticket.publicEntries();
            var events = ticket.publicTimeline();
            var updated = java.util.stream.Stream.concat(java.util.stream.Stream.of(ticket.createdAt()),
                    java.util.stream.Stream.concat(entries.stream().map(TicketEntry::createdAt),
                            events.stream().map(TicketEvent::createdAt))).max(Instant::compareTo).orElseThrow();
            return new ResidentTicketView(ticket.number(), HouseView.of(ticket.house()), ticket.category(), ticket.state(),
                    ticket.subject(), ticket.description(), ticket.requester(), ticket.language(), ticket.createdAt(),
                    updated, entries.stream().map(EntryView::of).toList(),
                    events.stream().map(e -> new ResidentEventView(e.type(), e.createdAt())).toList(),
                    ticket.attachments().stream().map(AttachmentView::of).toList());
        }
    }

    /** A public event as the resident sees it: what and when, not who (that is the helpers' business). */
    public record ResidentEventView(TicketEventType type, Instant at) {
    }

    /**
     * One row of a queue, with what it means for helpers now: whether the resident waits for an answer (and since
     * when), whether they wrote again since a helper's answer, and when Hausdesk sends it to all houses by itself.
     */
    public record TicketSummary(String number, String house, Category category, Priority priority, TicketState state,
                                Escalation escalation, String assignee, String subject, Instant createdAt,
                                Instant updatedAt, OutageView outage, boolean needsAnswer, boolean newReply,
                                Instant awaitingSince, Instant escalatesAt) {
        static TicketSummary of(Ticket ticket, java.time.Duration escalationDelay) {
            return new TicketSummary(ticket.number(), ticket.house().slug(), ticket.category(), ticket.priority(),
                    ticket.state(), ticket.escalation(), displayName(ticket.assignee()), ticket.subject(),
                    ticket.createdAt(), ticket.updatedAt(), OutageView.of(ticket.outage()), ticket.needsAnswer(),
                    ticket.hasNewReply(), ticket.awaitingSince(), ticket.escalatesAt(escalationDelay));
        }
    }

    /** A queue's count: open tickets, and how many of them wait for a helper's answer. */
    public record QueueCount(long open, long needAnswer) {
    }

    /** The outage a ticket is linked to: queues show its tickets together. */

    private static String displayName(Account account) {
        return account == null ? null : account.displayName();
    }
}
