package org.hausdesk.ticket.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. {@code NEW} until a helper claims it, {@code IN_PROGRESS} while worked on,
 * {@code WAITING} for the resident's answer, {@code SOLVED} when the helper thinks it is done,
 * {@code CLOSED} when the resident confirmed (or after a quiet period). A resident's reply reopens.
 */
public enum TicketState {
    NEW, IN_PROGRESS, WAITING, SOLVED, CLOSED;

    /** The states a helper may move a ticket to from this one. Back to NEW happens only by handing it back. */
    public Set<TicketState> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, SOLVED, CLOSED);
            case IN_PROGRESS -> EnumSet.of(WAITING, SOLVED, CLOSED);
            case WAITING -> EnumSet.of(IN_PROGRESS, SOLVED, CLOSED);
            case SOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean isOpen() {
        return this != SOLVED && this != CLOSED;
    }
}
