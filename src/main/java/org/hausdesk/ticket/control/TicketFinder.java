package org.hausdesk.ticket.control;

import java.util.List;
import org.hausdesk.account.entity.Account;

/**
 * Finds tickets by their words for a helper's queue. The search component implements it (the ticket component
 * never depends on search), with the same scope as the helper's search: their houses' tickets and the shared
 * queue; a coordinator's, every ticket.
 */
public interface TicketFinder {

    /** The numbers of the tickets whose words match {@code text}, best first, at most {@code limit}. */
    List<String> numbers(String text, Account helper, int limit);
}
