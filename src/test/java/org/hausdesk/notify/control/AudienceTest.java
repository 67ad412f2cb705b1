package org.hausdesk.notify.control;

import static org.hausdesk.notify.control.Audience.ALL_HELPERS;
import static org.hausdesk.notify.control.Audience.ASSIGNEE;
import static org.hausdesk.notify.control.Audience.CHAT_ROOM;
import static org.hausdesk.notify.control.Audience.HOUSE_HELPERS;
import static org.hausdesk.notify.control.Audience.RESIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.hausdesk.ticket.entity.TicketEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The README's "Who is told what", row by row. */
class AudienceTest {

    private static final Audience.Facts IN_HOUSE = new Audience.Facts(false, false, false);
    private static final Audience.Facts ASSIGNED = new Audience.Facts(true, false, false);
    private static final Audience.Facts SHARED = new Audience.Facts(false, true, false);
    private static final Audience.Facts OTHER_HOUSE = new Audience.Facts(false, false, true);

    static Stream<Arguments> table() {
        return Stream.of(
                // a request is filed: the resident (number and private link) and the house's helpers
                Arguments.of(TicketEventType.FILED, IN_HOUSE, EnumSet.of(RESIDENT, HOUSE_HELPERS)),
                // a helper replies, asks back or solves: the resident
                Arguments.of(TicketEventType.REPLIED, ASSIGNED, EnumSet.of(RESIDENT)),
                Arguments.of(TicketEventType.ASKED_BACK, ASSIGNED, EnumSet.of(RESIDENT)),
                Arguments.of(TicketEventType.SOLVED, SHARED, EnumSet.of(RESIDENT)),
                // the resident answers: the assignee; nobody assigned (or no address): the house's helpers
                Arguments.of(TicketEventType.RESIDENT_REPLIED, ASSIGNED, EnumSet.of(ASSIGNEE)),
                Arguments.of(TicketEventType.RESIDENT_REPLIED, IN_HOUSE, EnumSet.of(HOUSE_HELPERS)),
                // escalation, by hand or by itself: every helper and the chat room
                Arguments.of(TicketEventType.ESCALATED, IN_HOUSE, EnumSet.of(ALL_HELPERS, CHAT_ROOM)),
                // a helper of another house takes an escalated ticket: the house's helpers
                Arguments.of(TicketEventType.CLAIMED, SHARED, EnumSet.of(HOUSE_HELPERS)),
                Arguments.of(TicketEventType.CLAIMED, OTHER_HOUSE, EnumSet.of(HOUSE_HELPERS)),
                // a helper of the house claims their own house's ticket: nobody
                Arguments.of(TicketEventType.CLAIMED, IN_HOUSE, EnumSet.noneOf(Audience.class)));
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @MethodSource("table")
    void whoIsToldWhat(TicketEventType event, Audience.Facts facts, Set<Audience> told) {
        assertEquals(told, Audience.of(event, facts));
    }

    @ParameterizedTest(name = "{0}: nobody")
    @EnumSource(value = TicketEventType.class, names = {"NOTED", "HANDED_BACK", "STATE_CHANGED", "PRIORITY_CHANGED",
            "LINKED_TO_OUTAGE", "CLOSED", "REOPENED", "ATTACHED", "ANONYMIZED"})
    void internalNotesAndOtherChangesAreSentNowhere(TicketEventType event) {
        for (var facts : new Audience.Facts[] {IN_HOUSE, ASSIGNED, SHARED, OTHER_HOUSE}) {
            assertTrue(Audience.of(event, facts).isEmpty(), event + " with " + facts);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TicketEventType.class)
    void theResidentHearsOnlyOfPublicEvents(TicketEventType event) {
        for (var facts : new Audience.Facts[] {IN_HOUSE, ASSIGNED, SHARED, OTHER_HOUSE}) {
            if (Audience.of(event, facts).contains(RESIDENT)) {
                assertTrue(event.isPublic(), event + " is not for residents");
            }
        }
    }
}
