package org.hausdesk.search.control;

import java.util.Set;
import java.util.stream.Collectors;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;

/**
 * Who is searching, as far as search needs to know: residents (anonymous) see public articles;
 * helpers also helpers-only articles, their houses' tickets and the shared queue, with notes;
 * coordinators everything.
 */
public record Scope(boolean staff, boolean coordinator, Set<Long> houses) {

    public static final Scope RESIDENT = new Scope(false, false, Set.of());

    public static Scope of(Account account) {
        return new Scope(true, account.isCoordinator(),
                account.houses().stream().map(House::id).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The rule for tickets that {@link Search#access} puts into every query, for a single ticket:
     * coordinators see all, helpers those of their houses and those in the shared queue.
     */
    public boolean maySeeTicket(long house, String escalation) {
        return coordinator || staff && ("SHARED".equals(escalation) || houses.contains(house));
    }
}
