package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.ZoneId;
import org.hausdesk.ticket.entity.TicketCounter;

/**
 * Draws ticket numbers. A number is drawn in a short transaction of its own (the year's counter row is locked only
 * for that moment), so two residents filing at the same moment never get the same number and filings do not queue
 * behind each other's counter lock while they write their ticket. A filing that fails after drawing leaves a gap in
 * the year's numbers.
 */
@ApplicationScoped
public class TicketNumbers {

    /** Numbers follow the year as the cooperative's residents see it (its time zone). */
    @Inject
    ZoneId zone;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CounterRows counterRows;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String draw() {
        int year = clock.instant().atZone(zone).getYear();
        var counter = em.find(TicketCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                counterRows.ensure(year);
            } catch (PersistenceException | TransactionalException raceLost) {
                // another request created this year's row at the same moment: use theirs
            }
            counter = em.find(TicketCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** Creates a year's counter row in its own transaction; a concurrent creator winning the race is fine. */
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void ensure(int year) {
            em.createNativeQuery(
                            "INSERT INTO ticket_counter (counter_year, last_value) "
                                    + "SELECT ?1, 0 WHERE NOT EXISTS (SELECT 1 FROM ticket_counter WHERE counter_year = ?1)")
                    .setParameter(1, year)
                    .executeUpdate();
        }
    }
}
