package org.hausdesk.ticket.entity;

/** What can happen to a ticket, as its timeline shows it. */
public enum TicketEventType {
    FILED(true),
    CLAIMED(true),
    REPLIED(true),
    ASKED_BACK(true),
    RESIDENT_REPLIED(true),
    NOTED(false),
    ESCALATED(false),
    HANDED_BACK(false),
    STATE_CHANGED(true),
    PRIORITY_CHANGED(false),
    LINKED_TO_OUTAGE(false),
    SOLVED(true),
    CLOSED(true),
    REOPENED(true),
    /** A picture or PDF was attached. */
    ATTACHED(true),
    /** The resident's name and contact data were removed (erasure or retention). */
    ANONYMIZED(false);

    private final boolean publicByDefault;

    TicketEventType(boolean publicByDefault) {
        this.publicByDefault = publicByDefault;
    }

    /** Residents see public events only: never notes, escalations (their reasons are internal) or hand-backs. */
    public boolean isPublic() {
        return publicByDefault;
    }
}
