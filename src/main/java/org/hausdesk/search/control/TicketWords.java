package org.hausdesk.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hausdesk.account.entity.Account;
import org.hausdesk.ticket.control.TicketFinder;

/** The helpers' queue search by words: the search index, in the helper's scope. */
@ApplicationScoped
public class TicketWords implements TicketFinder {

    @Inject
    Search search;

    @Override
    public List<String> numbers(String text, Account helper, int limit) {
        return search.ticketNumbers(text, Scope.of(helper), limit);
    }
}
