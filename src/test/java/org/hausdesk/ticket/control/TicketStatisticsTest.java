package org.hausdesk.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How the numbers page turns the database's answers into numbers, with a fixed clock. */
class TicketStatisticsTest {

    @Test
    void theNumbersCoverTheLastThirtyDays() {
        var statistics = new TicketStatistics();
        statistics.clock = Clock.fixed(Instant.parse("2026-12-01T18:00:00Z"), ZoneOffset.UTC);
        assertEquals(OffsetDateTime.parse("2026-11-01T18:00:00Z"), statistics.since());
    }

    @Test
    void aHouseRowBecomesNumbersWhateverNumberTypeTheDatabaseUses() {
        // H2 answers SUM with BIGINT or DECIMAL, PostgreSQL with NUMERIC; the median comes as a double
        var numbers = TicketStatistics.houseNumbers(new Object[] {"linden", "Lindenstraße 12", BigDecimal.valueOf(5),
                3L, BigInteger.valueOf(7), 5430.0, 8, BigDecimal.valueOf(2)});
        assertEquals(5, numbers.open());
        assertEquals(3, numbers.waiting());
        assertEquals(7, numbers.solvedInPeriod());
        assertEquals(90.5, numbers.medianMinutesToFirstReply(), "5430 s are 90.5 minutes, to a tenth");
        assertEquals(8, numbers.filedInPeriod());
        assertEquals(2, numbers.escalatedInPeriod());
        assertEquals(0.25, numbers.shareEscalated());
    }

    @Test
    void aHouseWithoutTicketsHasNoMedianAndNoShare() {
        // LEFT JOIN without tickets: SUMs and the median are NULL
        var numbers = TicketStatistics.houseNumbers(new Object[] {"neubau", "Neubau", null, null, null, null, null, null});
        assertEquals(0, numbers.open());
        assertEquals(0, numbers.filedInPeriod());
        assertNull(numbers.medianMinutesToFirstReply());
        assertNull(numbers.shareEscalated(), "no share of nothing");
    }
}
