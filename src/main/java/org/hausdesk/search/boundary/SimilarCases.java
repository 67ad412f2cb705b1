package org.hausdesk.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hausdesk.account.control.Caller;
import org.hausdesk.search.control.Scope;
import org.hausdesk.search.control.Search;
import org.hausdesk.ticket.entity.Ticket;

/** Beside a ticket on the helper's page: solved tickets and articles like it. */
@Named
@RequestScoped
public class SimilarCases {

    @Inject
    Search search;

    @Inject
    Caller caller;

    public List<Search.Hit> to(Ticket ticket) {
        var staff = caller.account();
        if (ticket == null || staff.isEmpty()) {
            return List.of();
        }
        return search.similar(ticket.subject() + "\n" + ticket.description(), Scope.of(staff.get()),
                "ticket:" + ticket.number(), 5);
    }
}
