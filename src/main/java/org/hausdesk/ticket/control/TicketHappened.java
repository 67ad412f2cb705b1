package org.hausdesk.ticket.control;

import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEvent;

/**
 * Fired synchronously, inside the transaction that changed the ticket, once per timeline event.
 * Observers that write (e.g. the outbox) take part in that transaction; anything that must only see
 * committed data observes with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record TicketHappened(Ticket ticket, TicketEvent event) {
}
