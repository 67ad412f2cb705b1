package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.ticket.control.AutomaticEscalation;
import org.hausdesk.ticket.control.TicketQueue;
import org.hausdesk.ticket.control.TicketQueue.Order;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Priority;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;
import org.hausdesk.web.Language;
import org.hausdesk.web.Pages;

/**
 * The helpers' dashboard ({@code /helfer}): tabs for the caller's houses, the shared queue and their own
 * tickets, each with its count; rows that say what needs the helper (a new answer, high priority, how long the
 * resident waits, when it goes to all houses); search by number, name or words; sortable columns; pages of 50.
 */
@Named
@RequestScoped
public class DashboardPage {

    static final int PAGE = 50;

    public enum Tab {
        HOUSE("haus", TicketQueue.Queue.HOUSE), SHARED("gemeinsam", TicketQueue.Queue.SHARED),
        MINE("meine", TicketQueue.Queue.MINE);

        private final String parameter;
        private final TicketQueue.Queue queue;

        Tab(String parameter, TicketQueue.Queue queue) {
            this.parameter = parameter;
            this.queue = queue;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** The sortable columns, by their name in the address. */
    public enum Sort {
        NEEDS_YOU("dringend", Order.NEEDS_YOU), NUMBER("nummer", Order.NUMBER), PRIORITY("prioritaet", Order.PRIORITY),
        AGE("alter", Order.OLDEST), ACTIVITY("aktivitaet", Order.ACTIVITY);

        private final String parameter;
        private final Order order;

        Sort(String parameter, Order order) {
            this.parameter = parameter;
            this.order = order;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** One row of the queue: the ticket and what it means for the helper now. */
    public record Row(Ticket ticket, boolean newReply, boolean needsAnswer, boolean high, boolean low,
                      Instant waitingSince, Instant escalatesAt) {
    }

    @Inject
    TicketQueue queue;

    @Inject
    AutomaticEscalation escalation;

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private Account account;
    private List<Row> rows;
    private boolean more;
    private Map<TicketQueue.Queue, TicketQueue.Count> counts;

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
        return Pages.choice(TicketState.class, pages.param("status")).orElse(null);
    }

    public Category category() {
        return Pages.choice(Category.class, pages.param("kategorie")).orElse(null);
    }

    /** The search box's text, or empty. */
    public String search() {
        var text = pages.param("suche");
        return text == null ? "" : text.strip().length() > 200 ? text.strip().substring(0, 200) : text.strip();
    }

    public Sort sort() {
        var chosen = pages.param("sortierung");
        return Arrays.stream(Sort.values()).filter(s -> s.parameter().equals(chosen)).findFirst().orElse(Sort.NEEDS_YOU);
    }

    /** The other direction of the chosen order ({@code richtung=um}). */
    public boolean reversed() {
        return "um".equals(pages.param("richtung"));
    }

    /** The page, from 1. */
    public int page() {
        try {
            return Math.clamp(Integer.parseInt(pages.param("seite")), 1, 1000);
        } catch (NumberFormatException | NullPointerException e) {
            return 1;
        }
    }

    /** Whether anything narrows the list, so that the filters are shown open. */
    public boolean filtered() {
        return state() != null || category() != null || !search().isEmpty();
    }

    public List<TicketState> states() {
        return List.of(TicketState.values());
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }

    public List<Row> rows() {
        if (rows == null) {
            var filter = new TicketQueue.Filter(tab().queue, state() == null ? Set.of() : Set.of(state()), category(),
                    null, false, search().isEmpty() ? null : search(), sort().order, reversed(),
                    (page() - 1) * PAGE, PAGE + 1);
            var tickets = queue.list(account, filter);
            more = tickets.size() > PAGE;
            rows = tickets.stream().limit(PAGE).map(this::row).toList();
        }
        return rows;
    }

    private Row row(Ticket ticket) {
        var escalatesAt = ticket.escalatesAt(delays.computeIfAbsent(ticket.house().id(),
                house -> escalation.delayFor(ticket.house())));
        return new Row(ticket, ticket.hasNewReply(), ticket.needsAnswer(), ticket.priority() == Priority.HIGH,
                ticket.priority() == Priority.LOW, ticket.awaitingSince(), escalatesAt);
    }

    /** Each house's escalation delay, looked up once per page. */
    private final Map<Long, Duration> delays = new LinkedHashMap<>();

    /** Whether the escalation is already due (the next round of the timer sends it). */
    public boolean overdue(Row row) {
        return row.escalatesAt() != null && !row.escalatesAt().isAfter(clock.instant());
    }

    public boolean hasMore() {
        rows();
        return more;
    }

    /** How many open tickets a tab holds (without the filters); all three from one query. */
    public long count(Tab tab) {
        return counts().get(tab.queue).open();
    }

    /** How many of a tab's open tickets wait for a helper's answer. */
    public long needAnswer(Tab tab) {
        return counts().get(tab.queue).needAnswer();
    }

    private Map<TicketQueue.Queue, TicketQueue.Count> counts() {
        if (counts == null) {
            counts = queue.counts(account);
        }
        return counts;
    }

    /** The address of this list sorted by a column: the same column again turns the direction round. */
    public String sortLink(Sort sort) {
        var turn = sort == sort() && !reversed();
        return link(Map.of("sortierung", sort.parameter(), "richtung", turn ? "um" : "", "seite", ""));
    }

    /** For a column header: ascending, descending or none (WAI-ARIA {@code aria-sort}). */
    public String ariaSort(Sort sort) {
        if (sort != sort()) {
            return "none";
        }
        // numbers and activity go newest first, the others oldest/most urgent first
        var descending = sort == Sort.NUMBER || sort == Sort.ACTIVITY;
        return descending != reversed() ? "descending" : "ascending";
    }

    public String pageLink(int page) {
        return link(Map.of("seite", page <= 1 ? "" : Integer.toString(page)));
    }

    private String link(Map<String, String> changes) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("ansicht", tab() == Tab.HOUSE ? "" : tab().parameter());
        parameters.put("status", state() == null ? "" : state().name());
        parameters.put("kategorie", category() == null ? "" : category().name());
        parameters.put("suche", search());
        parameters.put("sortierung", sort() == Sort.NEEDS_YOU ? "" : sort().parameter());
        parameters.put("richtung", reversed() ? "um" : "");
        parameters.put("seite", page() == 1 ? "" : Integer.toString(page()));
        parameters.putAll(changes);
        var query = parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + Language.encode(e.getValue())).collect(Collectors.joining("&"));
        return "helfer" + (query.isEmpty() ? "" : "?" + query);
    }
}
