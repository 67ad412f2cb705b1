package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;

/**
 * What a helper's daily summary says: only tickets the helper may work on (their houses', their own, and the
 * shared queue, which every helper may take), and of each only number, house and subject, never a message.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Digests {

    /** At most this many tickets per part of a summary; the rest is on the dashboard. */
    public static final int PER_PART = 25;
    /** "About to go to all houses": within this time. */
    public static final Duration SOON = Duration.ofHours(24);

    private static final List<TicketState> OPEN = List.of(TicketState.NEW, TicketState.IN_PROGRESS, TicketState.WAITING);

    @PersistenceContext
    EntityManager em;

    @Inject
    AutomaticEscalation escalation;

    /**
     * @param filed        new tickets of the helper's houses since {@code since}
     * @param answered     open tickets of their houses or their own where the resident wrote and no helper answered
     * @param escalating   unclaimed tickets of their houses that go to all houses within {@link #SOON}
     * @param sharedOpen   tickets in the shared queue that nobody has taken
     */
    public record Digest(List<Ticket> filed, List<Ticket> answered, List<Ticket> escalating, List<Ticket> sharedOpen) {

        public boolean isEmpty() {
            return filed.isEmpty() && answered.isEmpty() && escalating.isEmpty() && sharedOpen.isEmpty();
        }
    }

    public Digest of(Account helper, Instant since, Instant now) {
        var all = helper.isCoordinator();
        var houses = helper.houses().stream().map(House::id).toList();
        if (!all && houses.isEmpty()) {
            houses = List.of(-1L);
        }
        var ofHouses = all ? "1 = 1" : "t.house.id in :houses";

        var filed = with(em.createQuery("select t from Ticket t where " + ofHouses
                + " and t.createdAt > :since order by t.createdAt", Ticket.class), all, houses)
                .setParameter("since", since).setMaxResults(PER_PART).getResultList();

        var answered = with(em.createQuery("select t from Ticket t where (" + ofHouses + " or t.assignee = :me)"
                        + " and t.state in :open and t.state <> :waiting and t.awaitingSince is not null"
                        + " and t.residentWroteAt is not null and t.residentWroteAt >= t.awaitingSince"
                        + " order by t.awaitingSince", Ticket.class), all, houses)
                .setParameter("me", helper).setParameter("open", OPEN).setParameter("waiting", TicketState.WAITING)
                .setMaxResults(PER_PART).getResultList();

        var escalating = with(em.createQuery("select t from Ticket t where " + ofHouses
                        + " and t.state = :new and t.assignee is null and t.escalation = :house"
                        + " and t.autoEscalatedAt is null order by t.createdAt", Ticket.class), all, houses)
                .setParameter("new", TicketState.NEW).setParameter("house", Escalation.HOUSE)
                .setMaxResults(500).getResultList().stream()
                .filter(t -> {
                    var at = t.escalatesAt(escalation.delayFor(t.house()));
                    return at != null && at.isAfter(now) && !at.isAfter(now.plus(SOON));
                })
                .limit(PER_PART).toList();

        var sharedOpen = em.createQuery("select t from Ticket t where t.escalation = :shared and t.assignee is null"
                        + " and t.state in :open order by t.escalatedAt", Ticket.class)
                .setParameter("shared", Escalation.SHARED).setParameter("open", OPEN)
                .setMaxResults(PER_PART).getResultList();
        return new Digest(filed, answered, escalating, sharedOpen);
    }

    private static <T> TypedQuery<T> with(TypedQuery<T> query, boolean all, List<Long> houses) {
        return all ? query : query.setParameter("houses", houses);
    }
}
