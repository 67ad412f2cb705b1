package org.hausdesk.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hausdesk.account.entity.Absence;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.platform.entity.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Helpers' absences, with a fixed clock: whole days as the helpers live them, both ends included. */
class AbsencesTest {

    private static Absences at(String instant) {
        var absences = new Absences();
        absences.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        absences.zone = ZoneId.of("Europe/Berlin");
        return absences;
    }

    private static Account helper() {
        return new Account("anna", "Anna", null, "hash", Role.HELPER, "de", java.util.Set.of(),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0} UTC is {1} in Germany")
    @CsvSource({
            "2026-12-01T22:59:59Z, 2026-12-01",
            "2026-12-01T23:00:00Z, 2026-12-02", // midnight in winter (UTC+1)
            "2026-07-01T21:59:59Z, 2026-07-01",
            "2026-07-01T22:00:00Z, 2026-07-02"  // midnight in summer (UTC+2)
    })
    void todayIsTheDayInGermanyNotInUtc(String instant, LocalDate day) {
        assertEquals(day, at(instant).today());
    }

    @Test
    void anAbsenceCoversItsFirstAndLastDay() {
        var holiday = new Absence(helper(), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), " Weihnachten ");
        assertFalse(holiday.covers(LocalDate.of(2026, 12, 23)));
        assertTrue(holiday.covers(LocalDate.of(2026, 12, 24)));
        assertTrue(holiday.covers(LocalDate.of(2026, 12, 26)));
        assertFalse(holiday.covers(LocalDate.of(2026, 12, 27)));
        assertEquals("Weihnachten", holiday.note());
    }

    @Test
    void anAbsenceCannotEndBeforeItStarts() {
        assertThrows(InvalidInput.class,
                () -> new Absence(helper(), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 24), null));
    }

    @ParameterizedTest(name = "{0} helpers, {1} away → all away: {2}")
    @CsvSource({"2, 0, false", "2, 1, false", "2, 2, true", "0, 0, true"})
    void aHouseGetsHelpFromAllHousesOnlyWhenAllItsHelpersAreAway(long helpers, long away, boolean allAway) {
        assertEquals(allAway, Absences.allAway(helpers, away));
    }
}
