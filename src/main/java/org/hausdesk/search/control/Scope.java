package org.hausdesk.search.control;

import java.util.Set;

/**
 * Who is searching, as far as search needs to know: residents (anonymous) see public articles;
 * helpers also helpers-only articles, their houses' tickets and the shared queue, with notes;
 * coordinators everything.
 */
public record Scope(boolean staff, boolean coordinator, Set<Long> houses) {

    public static final Scope RESIDENT = new Scope(false, false, Set.of());
}
