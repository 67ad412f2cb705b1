package org.hausdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The running count of one year's tickets; {@code TicketNumbers} draws from it, so numbers never repeat. */
@Entity
@Table(name = "ticket_counter")
public class TicketCounter {

    @Id
    @Column(name = "counter_year")
    private Integer year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected TicketCounter() {
    }

    public TicketCounter(int year) {
        this.year = year;
    }

    /** The {@code value}-th number of the year, e.g. {@code 2026-0042}; four digits at least, more when needed. */
    public static String number(int year, int value) {
        return "%d-%04d".formatted(year, value);
    }
}
