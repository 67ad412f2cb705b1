package org.hausdesk.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hausdesk.account.entity.Absence;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.entity.House;

/** Helpers' absence periods, which they set themselves; a house whose helpers are all away gets help from all houses. */
@ApplicationScoped
@Transactional
public class Absences {

    /** Days begin and end as the cooperative's helpers live them (its time zone). */
    @Inject
    ZoneId zone;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Absence add(Account account, LocalDate startsOn, LocalDate endsOn, String note) {
        var absence = new Absence(em.merge(account), startsOn, endsOn, note);
        em.persist(absence);
        return absence;
    }

    /** The caller's current and future absences. */
    public List<Absence> upcoming(Account account) {
        return em.createQuery("select x from Absence x where x.account = :account and x.endsOn >= :today "
                        + "order by x.startsOn", Absence.class)
                .setParameter("account", account)
                .setParameter("today", today())
                .getResultList();
    }

    /** Removes one of the caller's own absences; another helper's is answered like a missing one. */
    public boolean remove(Account account, long id) {
        return Optional.ofNullable(em.find(Absence.class, id))
                .filter(absence -> absence.account().equals(account))
                .map(absence -> {
                    em.remove(absence);
                    return true;
                })
                .orElse(false);
    }

    /** Whether nobody of the house's helpers is there today (a house without helpers counts as all away). */
    public boolean allHelpersAway(House house) {
        var day = today();
        long helpers = em.createQuery("select count(a) from Account a join a.houses h "
                        + "where h.id = :house and a.active = true and a.role = :role", Long.class)
                .setParameter("house", house.id())
                .setParameter("role", Role.HELPER)
                .getSingleResult();
        long away = em.createQuery("select count(distinct a) from Absence x join x.account a join a.houses h "
                        + "where h.id = :house and a.active = true and a.role = :role "
                        + "and x.startsOn <= :day and x.endsOn >= :day", Long.class)
                .setParameter("house", house.id())
                .setParameter("role", Role.HELPER)
                .setParameter("day", day)
                .getSingleResult();
        return allAway(helpers, away);
    }

    /** A house counts as without help when every one of its helpers is away, also when it has no helper at all. */
    static boolean allAway(long helpers, long away) {
        return away >= helpers;
    }
}
