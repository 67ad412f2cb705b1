package org.hausdesk.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicketNumbersTest {

    @Test
    void numbersRunPerYearWithFourDigitsAndGrowBeyond() {
        assertEquals("2026-0001", TicketNumbers.number(2026, 1));
        assertEquals("2026-0042", TicketNumbers.number(2026, 42));
        assertEquals("2026-9999", TicketNumbers.number(2026, 9999));
        assertEquals("2026-10000", TicketNumbers.number(2026, 10000));
    }
}
