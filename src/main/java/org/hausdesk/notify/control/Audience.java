package org.hausdesk.notify.control;

import java.util.EnumSet;
import java.util.Set;
import org.hausdesk.ticket.entity.TicketEventType;

/**
 * Who is told what (the README's table), decided from the event and three facts about the ticket, without the
 * database, so that the rule is tested on its own ({@code AudienceTest}). Who exactly the house's helpers are, and
 * that nobody is told about their own action, is for {@link Notifications} to resolve.
 */
public enum Audience {
    /** The resident, if they gave an e-mail address, with a private link of its own. */
    RESIDENT,
    /** The helpers of the ticket's house who can be reached. */
    HOUSE_HELPERS,
    /** The helper the ticket is assigned to. */
    ASSIGNEE,
    /** Every helper of every house. */
    ALL_HELPERS,
    /** The helpers' chat room (webhook). */
    CHAT_ROOM;

    /** What the rule needs to know about the ticket at the time of the event. */
    public record Facts(boolean assigneeReachable, boolean inSharedQueue, boolean actorFromAnotherHouse) {
    }

    public static Set<Audience> of(TicketEventType event, Facts ticket) {
        return switch (event) {
            case FILED -> EnumSet.of(RESIDENT, HOUSE_HELPERS);
            case REPLIED, ASKED_BACK, SOLVED -> EnumSet.of(RESIDENT);
            case RESIDENT_REPLIED -> EnumSet.of(ticket.assigneeReachable() ? ASSIGNEE : HOUSE_HELPERS);
            case ESCALATED -> EnumSet.of(ALL_HELPERS, CHAT_ROOM);
            case CLAIMED -> ticket.inSharedQueue() || ticket.actorFromAnotherHouse()
                    ? EnumSet.of(HOUSE_HELPERS) : EnumSet.noneOf(Audience.class);
            // notes (never sent anywhere), hand-backs, priority and other state changes: nobody
            default -> EnumSet.noneOf(Audience.class);
        };
    }
}
