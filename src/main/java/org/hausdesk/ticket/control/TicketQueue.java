package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;

/**
 * The lists helpers work from, oldest first: their houses' tickets (a coordinator's: every house's,
 * escalated ones included), or the shared queue of escalated tickets of all houses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketQueue {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    /**
     * @param states   the states to list; empty means the open ones (new, in progress, waiting)
     * @param category only this category, or {@code null}
     * @param house    only this house's slug, or {@code null}
     * @param mine     only tickets the caller has claimed, of any house
     */
    public enum Queue {
        /** The tickets of the caller's houses; for a coordinator, of every house. */
        HOUSE,
        /** Escalated tickets of every house, which any helper may take. */
        SHARED
    }

    public record Filter(Queue queue, Set<TicketState> states, Category category, String house, boolean mine,
                         int offset, int limit) {
    }

    public List<Ticket> list(Account caller, Filter filter) {
        var where = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        var states = filter.states().isEmpty()
                ? Set.of(TicketState.NEW, TicketState.IN_PROGRESS, TicketState.WAITING)
                : filter.states();
        where.add("t.state in :states");
        parameters.put("states", states);
        if (filter.queue() == Queue.SHARED) {
            where.add("t.escalation = :shared");
            parameters.put("shared", Escalation.SHARED);
        } else if (!caller.isCoordinator() && !filter.mine()) {
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
        if (filter.mine()) {
            where.add("t.assignee = :me");
            parameters.put("me", caller);
        }
        var query = em.createQuery("select t from Ticket t where " + String.join(" and ", where)
                + " order by t.createdAt asc, t.id asc", Ticket.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, filter.offset()))
                .setMaxResults(Math.clamp(filter.limit(), 1, MAX_PAGE))
                .getResultList();
    }
}
