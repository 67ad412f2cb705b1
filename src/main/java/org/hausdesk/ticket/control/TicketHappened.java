package org.hausdesk.ticket.control;

import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketEvent;

/**
 * Fired synchronously, inside the transaction that changed the ticket, once per timeline event.
 * Observers that write (e.g. the outbox) take part in that transaction; anything that must only see
 * committed data observes with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record TicketHappened(Ticket ticket, TicketEvent event, String accessToken) {

    /**
     * @param accessToken for the filing only: the resident's code as it was just made (it exists
     *                    nowhere else), so that the confirmation mail carries the same code as the
     *                    screen; {@code null} otherwise
     */
    public TicketHappened {
    }

    public TicketHappened(Ticket ticket, TicketEvent event) {
        this(ticket, event, null);
    }

    /** Never with the code: a logged event must not open the request. */
    @Override
    public String toString() {
        return "TicketHappened[" + ticket.number() + ", " + event.type() + "]";
    }
}
