package org.hausdesk.ticket.entity;

/** Which queue a ticket is in, independent of its state: its house's, or the one shared by all houses. */
public enum Escalation {
    HOUSE, SHARED
}
