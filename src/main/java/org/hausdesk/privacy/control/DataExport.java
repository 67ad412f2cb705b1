package org.hausdesk.privacy.control;

import java.time.Instant;
import java.util.List;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEntry;
import org.hausdesk.ticket.entity.TicketEvent;

/**
 * Everything Hausdesk stores about a resident, as JSON: their contact data and their tickets with the
 * conversation they can see. Internal notes are not in it (they are the helpers' working notes, never
 * shown to residents), and nobody else's personal data is: helpers appear as "helper".
 */
public final class DataExport {

    private DataExport() {
    }

    /** @param more what other components keep about the resident, by {@link PersonalRecords#section()} */
    public record Export(Instant exportedAt, List<TicketData> tickets, java.util.Map<String, List<?>> more) {
    }

    public record TicketData(String number, String house, String category, String state, String subject,
                             String description, Contact requester, Instant createdAt, Instant closedAt,
                             List<Message> conversation, List<Step> timeline) {
    }

    public record Contact(String name, String phone, String email) {
    }

    public record Message(String from, String body, Instant at) {
    }

    public record Step(String what, Instant at) {
    }

    public static Export of(List<Ticket> tickets, Instant now) {
        return of(tickets, java.util.Map.of(), now);
    }

    public static Export of(List<Ticket> tickets, java.util.Map<String, List<?>> more, Instant now) {
        return new Export(now, tickets.stream().map(DataExport::ticket).toList(), more);
    }

    private static TicketData ticket(Ticket t) {
        var requester = t.requester();
        return new TicketData(t.number(), t.house().name(), t.category().name(), t.state().name(), t.subject(),
                t.description(), new Contact(requester.name(), requester.phone(), requester.email()), t.createdAt(),
                t.closedAt(), t.publicEntries().stream().map(DataExport::message).toList(),
                t.publicTimeline().stream().map(DataExport::step).toList());
    }

    private static Message message(TicketEntry entry) {
        return new Message(entry.byResident() ? "resident" : "helper", entry.body(), entry.createdAt());
    }

    private static Step step(TicketEvent event) {
        return new Step(event.type().name(), event.createdAt());
    }
}
