package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Priority;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;

/**
 * The lists helpers work from: their houses' tickets (a coordinator's: every house's, escalated ones
 * included), the shared queue of escalated tickets of all houses, or their own. By default the tickets that
 * need an answer come first (a resident waits), then by priority, then the longest waiting.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketQueue {

    public static final int MAX_PAGE = 200;
    /** At most this many tickets found by their words are considered for a search in a queue. */
    static final int MAX_FOUND = 500;
    private static final Set<TicketState> OPEN = Set.of(TicketState.NEW, TicketState.IN_PROGRESS, TicketState.WAITING);
    /** A ticket number or its end: "2026-0042", "0042", "42". */
    private static final Pattern NUMBER = Pattern.compile("(\\d{4}-)?\\d{1,6}");

    /** High before normal before low (the stored names would sort otherwise); needs {@code :high} and {@code :low}. */
    private static final String PRIORITY_RANK = "case when t.priority = :high then 0 when t.priority = :low then 2 else 1 end";

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<TicketFinder> finder;

    public enum Queue {
        /** The tickets of the caller's houses; for a coordinator, of every house. */
        HOUSE,
        /** Escalated tickets of every house, which any helper may take. */
        SHARED,
        /** The tickets the caller has claimed, of any house. */
        MINE
    }

    /** How a list is ordered; each also has the other direction. */
    public enum Order {
        /** Those that need an answer first, then high priority, then the longest waiting. */
        NEEDS_YOU,
        /** Oldest first (the API's order before there was a choice). */
        OLDEST,
        NUMBER,
        PRIORITY,
        /** The most recent activity first. */
        ACTIVITY
    }

    /**
     * @param states     the states to list; empty means the open ones (new, in progress, waiting), or every state
     *                   when searching
     * @param category   only this category, or {@code null}
     * @param house      only this house's slug, or {@code null}
     * @param mine       only tickets the caller has claimed, of any house
     * @param text       a number, a resident's name or words of the ticket; {@code null}: no search
     * @param reversed   the order's other direction
     */
    public record Filter(Queue queue, Set<TicketState> states, Category category, String house, boolean mine,
                         String text, Order order, boolean reversed, int offset, int limit) {

        public Filter(Queue queue, Set<TicketState> states, Category category, String house, boolean mine,
                      int offset, int limit) {
            this(queue, states, category, house, mine, null, Order.OLDEST, false, offset, limit);
        }

        boolean searching() {
            return text != null && !text.isBlank();
        }
    }

    public List<Ticket> list(Account caller, Filter filter) {
        var where = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        var states = !filter.states().isEmpty() ? filter.states()
                : filter.searching() ? Set.of(TicketState.values()) : OPEN;
        where.add("t.state in :states");
        parameters.put("states", states);
        var mine = filter.mine() || filter.queue() == Queue.MINE;
        if (filter.queue() == Queue.SHARED) {
            where.add("t.escalation = :shared");
            parameters.put("shared", Escalation.SHARED);
        } else if (!caller.isCoordinator() && !mine) {
            // (their own tickets are theirs wherever they are, e.g. taken from the shared queue)
            if (caller.houses().isEmpty()) {
                return List.of();
            }
            where.add("t.house.id in :houses");
            parameters.put("houses", caller.houses().stream().map(House::id).toList());
        }
        if (filter.category() != null) {
            where.add("t.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.house() != null) {
            where.add("t.house.slug = :house");
            parameters.put("house", filter.house());
        }
        if (mine) {
            where.add("t.assignee = :me");
            parameters.put("me", caller);
        }
        if (filter.searching()) {
            where.add(matching(caller, filter.text().strip(), parameters));
        }
        var query = em.createQuery("select t from Ticket t where " + String.join(" and ", where)
                + " order by " + orderBy(filter.order(), filter.reversed(), parameters), Ticket.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, filter.offset()))
                .setMaxResults(Math.clamp(filter.limit(), 1, MAX_PAGE))
                .getResultList();
    }

    /** A number (or its end), a resident's name, or words the search index finds in the caller's scope. */
    private String matching(Account caller, String text, Map<String, Object> parameters) {
        var any = new ArrayList<String>();
        if (NUMBER.matcher(text).matches()) {
            if (text.contains("-")) {
                // "2026-42" is 2026-0042
                var dash = text.indexOf('-');
                var count = text.substring(dash + 1);
                any.add("t.number = :number");
                parameters.put("number", text.substring(0, dash + 1) + "0".repeat(Math.max(0, 4 - count.length())) + count);
            } else {
                // "42" as said on the phone is 2026-0042; a longer one as it stands (2026-12345)
                any.add("t.number like :padded or t.number like :plain");
                parameters.put("padded", "%-" + "0".repeat(Math.max(0, 4 - text.length())) + text);
                parameters.put("plain", "%-" + text);
            }
        }
        any.add("lower(t.requesterName) like :name");
        parameters.put("name", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%");
        var found = finder.isResolvable() ? finder.get().numbers(text, caller, MAX_FOUND) : List.<String>of();
        if (!found.isEmpty()) {
            any.add("t.number in :found");
            parameters.put("found", found);
        }
        return "(" + String.join(" or ", any) + ")";
    }

    private static String orderBy(Order order, boolean reversed, Map<String, Object> parameters) {
        var up = reversed ? " desc" : " asc";
        var down = reversed ? " asc" : " desc";
        return switch (order) {
            case NEEDS_YOU -> {
                parameters.put("high", Priority.HIGH);
                parameters.put("low", Priority.LOW);
                parameters.put("waiting", TicketState.WAITING);
                // the same rule as Ticket.needsAnswer(): a ticket waiting for the resident does not wait for a helper
                yield "case when t.awaitingSince is null or t.state = :waiting then 1 else 0 end" + up
                        + ", " + PRIORITY_RANK + up
                        + ", case when t.awaitingSince is null or t.state = :waiting then t.createdAt else t.awaitingSince end" + up
                        + ", t.id" + up;
            }
            case OLDEST -> "t.createdAt" + up + ", t.id" + up;
            // 2026-0042 before 2026-10000 (the running count grows a digit after 9,999)
            case NUMBER -> "length(t.number)" + down + ", t.number" + down;
            case PRIORITY -> {
                parameters.put("high", Priority.HIGH);
                parameters.put("low", Priority.LOW);
                yield PRIORITY_RANK + up
                        + ", t.createdAt" + up + ", t.id" + up;
            }
            case ACTIVITY -> "t.updatedAt" + down + ", t.id" + down;
        };
    }

    /** How many open tickets each queue holds for the caller, and how many of them need an answer. */
    public record Count(long open, long needAnswer) {
    }

    /**
     * The tabs' counts from one grouped query: open tickets by house, queue and assignee, summed up here as
     * {@link #list} would select them.
     */
    public Map<Queue, Count> counts(Account caller) {
        var rows = em.createQuery("select t.house.id, t.escalation, a.id, "
                        + "sum(case when t.awaitingSince is null or t.state = :waiting then 0 else 1 end), count(t) "
                        + "from Ticket t left join t.assignee a where t.state in :open "
                        + "group by t.house.id, t.escalation, a.id", Object[].class)
                .setParameter("open", OPEN)
                .setParameter("waiting", TicketState.WAITING)
                .getResultList();
        var houses = caller.houses().stream().map(House::id).toList();
        var open = new EnumMap<Queue, long[]>(Queue.class);
        for (var queue : Queue.values()) {
            open.put(queue, new long[2]);
        }
        for (var row : rows) {
            var house = (Long) row[0];
            var escalation = (Escalation) row[1];
            var assignee = (Long) row[2];
            var needAnswer = ((Number) row[3]).longValue();
            var all = ((Number) row[4]).longValue();
            if (caller.isCoordinator() || houses.contains(house)) {
                add(open.get(Queue.HOUSE), all, needAnswer);
            }
            if (escalation == Escalation.SHARED) {
                add(open.get(Queue.SHARED), all, needAnswer);
            }
            if (caller.id().equals(assignee)) {
                add(open.get(Queue.MINE), all, needAnswer);
            }
        }
        var counts = new EnumMap<Queue, Count>(Queue.class);
        open.forEach((queue, sums) -> counts.put(queue, new Count(sums[0], sums[1])));
        return counts;
    }

    private static void add(long[] sums, long all, long needAnswer) {
        sums[0] += all;
        sums[1] += needAnswer;
    }
}
