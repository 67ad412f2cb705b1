package org.hausdesk.ticket.control;

import java.time.Instant;
import org.hausdesk.ticket.entity.Outage;

/** A known outage as the API shows it: on a ticket linked to it, and where search finds or links outages. */
public record OutageView(Long id, String title, Instant createdAt) {

    public static OutageView of(Outage outage) {
        return outage == null ? null : new OutageView(outage.id(), outage.title(), outage.createdAt());
    }
}
