package org.hausdesk.ticket.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.boundary.HousesResource.HouseView;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Outage;
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

    /** A resident's request. The category is optional: residents who cannot tell pick nothing. */
    public record NewTicket(
            @NotBlank(message = "Please tell us your name") @Size(max = 120) String name,
            @NotBlank(message = "Please choose your house") @Size(max = 40) String house,
            @Size(max = 40) @Pattern(regexp = "[0-9 +()/-]*", message = "digits, spaces and + ( ) / - only") String phone,
            @Email @Size(max = 254) String email,
            @NotBlank(message = "Please describe your problem in a few words") @Size(max = 200) String subject,
            @NotBlank(message = "Please describe your problem") @Size(max = 10000) String description,
            String category,
            @Pattern(regexp = "de|en", message = "de or en") String language,
            @Size(max = 120) String door) {
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

    public record Reply(@NotBlank(message = "An empty reply cannot be sent") @Size(max = 10000) String body,
                        boolean askBack) {
    }

    public record Note(@NotBlank(message = "An empty note cannot be added") @Size(max = 10000) String body) {
    }

    public record StateChange(@NotNull TicketState state, @NotNull @PositiveOrZero Long version) {
    }

    public record EscalationRequest(
            @NotBlank(message = "Say why the ticket goes to the shared queue") @Size(max = 1000) String reason) {
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

    public record TicketSummary(String number, String house, Category category, Priority priority, TicketState state,
                                Escalation escalation, String assignee, String subject, Instant createdAt,
                                Instant updatedAt, OutageView outage) {
        static TicketSummary of(Ticket ticket) {
            return new TicketSummary(ticket.number(), ticket.house().slug(), ticket.category(), ticket.priority(),
                    ticket.state(), ticket.escalation(), displayName(ticket.assignee()), ticket.subject(),
                    ticket.createdAt(), ticket.updatedAt(), OutageView.of(ticket.outage()));
        }
    }

    /** The outage a ticket is linked to: queues show its tickets together. */
    public record OutageView(Long id, String title, Instant createdAt) {
        public static OutageView of(Outage outage) {
            return outage == null ? null : new OutageView(outage.id(), outage.title(), outage.createdAt());
        }
    }

    private static String displayName(Account account) {
        return account == null ? null : account.displayName();
    }
}
