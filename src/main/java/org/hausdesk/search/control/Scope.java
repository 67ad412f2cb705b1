package org.hausdesk.search.control;

import java.util.Set;
import java.util.stream.Collectors;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;

/**
 * Who is searching, as far as search needs to know: residents (anonymous) see public articles for all houses
 * and those of the house they chose; helpers also helpers-only articles, their houses' articles and tickets and
 * the shared queue, with notes; coordinators everything.
 *
 * @param houses      the ids of the houses whose tickets a helper sees
 * @param houseSlugs  the houses whose own articles the searcher sees (a resident's chosen house, a helper's houses)
 */
public record Scope(boolean staff, boolean coordinator, Set<Long> houses, Set<String> houseSlugs) {

    public static final Scope RESIDENT = new Scope(false, false, Set.of(), Set.of());

    public Scope(boolean staff, boolean coordinator, Set<Long> houses) {
        this(staff, coordinator, houses, Set.of());
    }

    /** A resident who chose a house (a slug, or null for none). */
    public static Scope resident(String house) {
        return house == null ? RESIDENT : new Scope(false, false, Set.of(), Set.of(house));
    }

    public static Scope of(Account account) {
        return new Scope(true, account.isCoordinator(),
                account.houses().stream().map(House::id).collect(Collectors.toUnmodifiableSet()),
                account.houses().stream().map(House::slug).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The rule for tickets that {@link Search#access} puts into every query, for a single ticket:
     * coordinators see all, helpers those of their houses and those in the shared queue.
     */
    public boolean maySeeTicket(long house, String escalation) {
        return coordinator || staff && ("SHARED".equals(escalation) || houses.contains(house));
    }
}
