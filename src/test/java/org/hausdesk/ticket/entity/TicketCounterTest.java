package org.hausdesk.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicketCounterTest {

    @Test
    void numbersRunPerYearWithFourDigitsAndGrowBeyond() {
        assertEquals("2026-0001", TicketCounter.number(2026, 1));
        assertEquals("2026-0042", TicketCounter.number(2026, 42));
        assertEquals("2026-9999", TicketCounter.number(2026, 9999));
        assertEquals("2026-10000", TicketCounter.number(2026, 10000));
    }
}
