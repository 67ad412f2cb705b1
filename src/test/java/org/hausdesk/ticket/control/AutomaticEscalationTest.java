package org.hausdesk.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hausdesk.house.entity.House;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Requester;
import org.hausdesk.ticket.entity.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an unclaimed request goes to all houses, with a fixed clock: the cooperative's delay or the house's own. */
class AutomaticEscalationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AutomaticEscalation escalation = new AutomaticEscalation();
    private final House linden = new House("linden", "Lindenstraße 12", NOW.minus(Duration.ofDays(400)));
    private final House eiche = new House("eiche", "Eichenweg 5", NOW.minus(Duration.ofDays(400)));

    AutomaticEscalationTest() {
        escalation.settings = new TicketConfig();
        escalation.settings.escalateUnclaimedAfter = Duration.ofHours(24);
        escalation.clock = clock;
        eiche.escalateUnclaimedAfter(Duration.ofHours(4));
    }

    private Ticket filed(House house, Duration ago) {
        return new Ticket("2026-0001", house, Category.CLOUD_FILES, "Kein Zugang", "Ich komme nicht rein.",
                new Requester("Frau Maier", null, null), "de", null, "hash", NOW.minus(ago));
    }

    @Test
    void aHouseWithoutItsOwnDelayUsesTheCooperativesOne() {
        assertEquals(Duration.ofHours(24), escalation.delayFor(linden));
        assertEquals(Duration.ofHours(4), escalation.delayFor(eiche));
    }

    @Test
    void aRequestIsDueExactlyWhenItsHousesDelayHasPassed() {
        var cutoff = escalation.cutoff(linden, clock.instant());
        assertTrue(filed(linden, Duration.ofHours(24)).waitsUnclaimedSince(cutoff), "24 hours: due");
        assertFalse(filed(linden, Duration.ofHours(24).minusSeconds(1)).waitsUnclaimedSince(cutoff), "one second early");

        var eicheCutoff = escalation.cutoff(eiche, clock.instant());
        assertTrue(filed(eiche, Duration.ofHours(5)).waitsUnclaimedSince(eicheCutoff), "the house's 4 hours passed");
        assertFalse(filed(linden, Duration.ofHours(5)).waitsUnclaimedSince(cutoff), "another house still waits");
    }

    @Test
    void aClaimedRequestIsNeverDue() {
        var ticket = filed(linden, Duration.ofDays(3));
        ticket.escalateAutomatically("schon erledigt", NOW); // what one round does
        assertFalse(ticket.waitsUnclaimedSince(escalation.cutoff(linden, clock.instant())), "once only");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PT1H, einer Stunde", "PT24H, 24 Stunden", "PT90M, 90 Minuten", "PT2S, 2 Sekunden"})
    void theReasonSaysHowLongInWords(Duration delay, String words) {
        assertEquals(words, AutomaticEscalation.readable(delay));
        assertEquals("Seit " + words + " hat niemand aus Lindenstraße 12 die Anfrage übernommen.",
                AutomaticEscalation.reason(linden, delay));
    }
}
