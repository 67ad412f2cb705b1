package org.hausdesk.ticket.entity;

/** How urgent helpers judge a request. Residents do not choose it; every request starts as NORMAL. */
public enum Priority {
    LOW, NORMAL, HIGH
}
