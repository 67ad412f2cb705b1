package org.hausdesk.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicketCounterTest {

    @Test
    void numbersRunPerYearWithFourDigitsAndGrowBeyond() {
        var counter = new TicketCounter(2026);
        assertEquals("2026-0001", counter.next());
        assertEquals("2026-0002", counter.next());
        for (int i = 3; i < 10000; i++) {
            counter.next();
        }
        assertEquals("2026-10000", counter.next());
    }
}
