package org.hausdesk.ticket.control;

import org.hausdesk.ticket.entity.Ticket;

/**
 * The mails a resident asks for themselves. The ticket component decides when one is due; the notify component
 * writes and sends it (through its outbox, in the caller's transaction), so that this component never depends on
 * notify: notify implements this interface and hears everything else as {@link TicketHappened} events.
 */
public interface ResidentMail {

    /**
     * The request's private link, with the code the resident already has on their screen, to the address they
     * gave; false when it cannot be sent (no mail server, or too many mails for this request already).
     */
    boolean privateLink(Ticket ticket, String code, String email);

    /** A one-time sign-in link to see all requests of an address, in the resident's language. */
    void signInLink(String email, String token, String language);
}
