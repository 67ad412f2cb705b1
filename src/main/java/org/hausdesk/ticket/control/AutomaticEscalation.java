package org.hausdesk.ticket.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.JobLeases;
import org.hausdesk.ticket.entity.Escalation;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;

/**
 * Sends tickets nobody claimed in time to the shared queue. The timer keeps no state of its own:
 * what is due follows from the tickets in the database, so it survives restarts. Each ticket is
 * escalated under a row lock and marked, so it happens once per ticket even with several nodes.
 */
@ApplicationScoped
public class AutomaticEscalation {

    private static final Logger LOG = Logger.getLogger(AutomaticEscalation.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperties
    TicketConfig settings;

    @Inject
    Houses houses;

    @Inject
    Clock clock;

    @Inject
    OneTicket oneTicket;

    private ScheduledFuture<?> task;

    void start(@Observes ApplicationReady ready) {
        task = scheduler.scheduleWithFixedDelay(() -> leases.runIfHeld("escalation", settings.escalationCheckInterval(), this::escalateOverdue), settings.escalationCheckInterval().toMillis(), settings.escalationCheckInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Automatic escalation after %s unclaimed (checked every %s)".formatted(settings.escalateUnclaimedAfter(), settings.escalationCheckInterval()));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One round: every house's overdue tickets, each in a transaction of its own. */
    public void escalateOverdue() {
        try {
            var now = clock.instant();
            for (var house : houses.all()) {
                var cutoff = cutoff(house, now);
                for (var id : oneTicket.overdue(house, cutoff)) {
                    oneTicket.escalateIfStillOverdue(id, cutoff, reason(house, delayFor(house)));
                }
            }
        } catch (RuntimeException e) {
            // never let one bad round stop the timer
            LOG.log(Level.WARNING, "Automatic escalation round failed; trying again next round", e);
        }
    }

    static String reason(House house, Duration delay) {
        return "Seit %s hat niemand aus %s die Anfrage übernommen.".formatted(readable(delay), house.name());
    }

    /** Tickets of this house filed at or before this instant and still unclaimed are due now. */
    Instant cutoff(House house, Instant now) {
        return now.minus(delayFor(house));
    }

    /** How long a request of this house may wait unclaimed before it goes to all houses. */
    public Duration delayFor(House house) {
        return house.escalateUnclaimedAfter().orElse(settings.escalateUnclaimedAfter());
    }

    static String readable(Duration delay) {
        if (delay.toSeconds() % 3600 == 0) {
            long hours = delay.toHours();
            return hours == 1 ? "einer Stunde" : hours + " Stunden";
        }
        if (delay.toSeconds() % 60 == 0) {
            return delay.toMinutes() + " Minuten";
        }
        return delay.toSeconds() + " Sekunden";
    }

    /** The transactional steps, in a bean of their own so that each runs in its own transaction. */
    @ApplicationScoped
    public static class OneTicket {

        @PersistenceContext
        EntityManager em;

        @Inject
        Clock clock;

        @Inject
        Event<TicketHappened> happened;

        @Transactional
        public List<Long> overdue(House house, Instant cutoff) {
            return em.createQuery("select t.id from Ticket t where t.house.id = :house and t.state = :state "
                            + "and t.assignee is null and t.escalation = :escalation "
                            + "and t.autoEscalatedAt is null and t.createdAt <= :cutoff order by t.createdAt", Long.class)
                    .setParameter("house", house.id())
                    .setParameter("state", TicketState.NEW)
                    .setParameter("escalation", Escalation.HOUSE)
                    .setParameter("cutoff", cutoff)
                    .setMaxResults(500)
                    .getResultList();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void escalateIfStillOverdue(long id, Instant cutoff, String reason) {
            var ticket = em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (ticket != null && ticket.waitsUnclaimedSince(cutoff)
                    && ticket.escalateAutomatically(reason, clock.instant())) {
                ticket.takeNewEvents().forEach(event -> happened.fire(new TicketHappened(ticket, event)));
            }
        }
    }
}
