package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hausdesk.search.control.OutageDetection.Candidate;
import org.junit.jupiter.api.Test;

class OutageDetectionTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static Candidate ticket(String number, long house, int minutesAgo, String... words) {
        return new Candidate(number, house, "HOUSE", NOW.minusSeconds(60L * minutesAgo), Set.of(words));
    }

    @Test
    void similarMeansSeveralSharedWordsThatArePartOfTheShorterText() {
        assertTrue(OutageDetection.similar(Set.of("cloud", "nextcloud", "fehl", "offn"), Set.of("cloud", "nextcloud", "lad")));
        assertFalse(OutageDetection.similar(Set.of("cloud", "foto"), Set.of("cloud", "speich")), "one word is not enough");
        assertFalse(OutageDetection.similar(Set.of("handy", "smartphone", "a1", "a2", "a3", "a4", "a5", "a6", "a7"),
                Set.of("handy", "smartphone", "b1", "b2", "b3", "b4", "b5", "b6", "b7")), "two of nine is too little");
    }

    @Test
    void threeSimilarTicketsFromTwoHousesAreOneSuspectedOutage() {
        var suspected = OutageDetection.group(List.of(
                ticket("2026-0001", 1, 50, "cloud", "nextcloud", "fehl", "offn"),
                ticket("2026-0002", 1, 30, "cloud", "nextcloud", "lad", "seit"),
                ticket("2026-0003", 2, 10, "nextcloud", "lad", "fehl", "wolk"),
                ticket("2026-0004", 2, 5, "umfrag", "beantwort", "frag")), 3, 2);

        assertEquals(1, suspected.size());
        var outage = suspected.getFirst();
        assertEquals(List.of("2026-0001", "2026-0002", "2026-0003"), outage.numbers(), "oldest first, the poll left out");
        assertEquals(2, outage.houses());
        assertEquals(NOW.minusSeconds(50 * 60), outage.since());
        assertTrue(outage.words().containsAll(List.of("nextcloud", "cloud")), outage.words().toString());
    }

    @Test
    void oneHouseOrTwoTicketsAreNoOutage() {
        var oneHouse = List.of(ticket("2026-0001", 1, 5, "cloud", "fehl"), ticket("2026-0002", 1, 5, "cloud", "fehl"),
                ticket("2026-0003", 1, 5, "cloud", "fehl"));
        assertEquals(List.of(), OutageDetection.group(oneHouse, 3, 2));
        var two = List.of(ticket("2026-0001", 1, 5, "cloud", "fehl"), ticket("2026-0002", 2, 5, "cloud", "fehl"));
        assertEquals(List.of(), OutageDetection.group(two, 3, 2));
    }

    @Test
    void theGroupIdStaysTheSameForTheSameTickets() {
        var tickets = List.of(ticket("2026-0001", 1, 5, "cloud", "fehl"), ticket("2026-0002", 2, 5, "cloud", "fehl"),
                ticket("2026-0003", 3, 5, "cloud", "fehl"));
        assertEquals(OutageDetection.group(tickets, 3, 2).getFirst().id(),
                OutageDetection.group(tickets.reversed(), 3, 2).getFirst().id());
    }
}
