package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.ticket.control.TicketQueue;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;
import org.hausdesk.web.Pages;

/**
 * The helpers' dashboard ({@code /helfer}): tabs for the caller's houses, the shared queue and their
 * own tickets, each with its count; filters by state and category.
 */
@Named
@RequestScoped
public class DashboardPage {

    static final int LIMIT = 200;

    public enum Tab {
        HOUSE("haus"), SHARED("gemeinsam"), MINE("meine");

        private final String parameter;

        Tab(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    @Inject
    TicketQueue queue;

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    private Account account;
    private List<Ticket> tickets;

    public void load() {
        account = pages.signedIn(caller.account()).orElse(null);
    }

    public Account account() {
        return account;
    }

    public List<Tab> tabs() {
        return List.of(Tab.values());
    }

    public Tab tab() {
        var chosen = pages.param("ansicht");
        return Arrays.stream(Tab.values()).filter(t -> t.parameter().equals(chosen)).findFirst().orElse(Tab.HOUSE);
    }

    public TicketState state() {
        var chosen = pages.param("status");
        return Pages.choice(TicketState.class, chosen).orElse(null);
    }

    public Category category() {
        var chosen = pages.param("kategorie");
        return Pages.choice(Category.class, chosen).orElse(null);
    }

    public List<TicketState> states() {
        return List.of(TicketState.values());
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }

    public List<Ticket> tickets() {
        if (tickets == null) {
            tickets = list(tab(), state(), category());
        }
        return tickets;
    }

    /** How many open tickets a tab holds (without the filters). */
    public int count(Tab tab) {
        return list(tab, null, null).size();
    }

    private List<Ticket> list(Tab tab, TicketState state, Category category) {
        var filter = new TicketQueue.Filter(tab == Tab.SHARED ? TicketQueue.Queue.SHARED : TicketQueue.Queue.HOUSE,
                state == null ? Set.of() : Set.of(state), category, null, tab == Tab.MINE, 0, LIMIT);
        return queue.list(account, filter);
    }
}
