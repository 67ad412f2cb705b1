package org.hausdesk.ticket.control;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ticket component's settings, {@code hausdesk.ticket.*} (environment: {@code HAUSDESK_TICKET_*}).
 */
@ConfigProperties(prefix = "hausdesk.ticket")
@Dependent
public class TicketConfig {

    /** How long a private link works after its request was closed. */
    @ConfigProperty(name = "link-valid-after-close", defaultValue = "P30D")
    Duration linkValidAfterClose;

    /** How long a resident's e-mailed sign-in link works. */
    @ConfigProperty(name = "sign-in-valid", defaultValue = "PT30M")
    Duration signInValid;

    /** A request nobody claimed goes to all houses after this (a house may set its own). */
    @ConfigProperty(name = "escalate-unclaimed-after", defaultValue = "PT24H")
    Duration escalateUnclaimedAfter;

    /** How often unclaimed requests are looked for. */
    @ConfigProperty(name = "escalation-check-interval", defaultValue = "PT1M")
    Duration escalationCheckInterval;

    /** Where pictures and PDFs of requests are kept. */
    @ConfigProperty(name = "attachments-dir", defaultValue = "./data/attachments")
    String attachmentsDir;

    /** At most this many attachments per request. */
    @ConfigProperty(name = "attachments-per-ticket", defaultValue = "5")
    int attachmentsPerTicket;
    public Duration linkValidAfterClose() {
        return linkValidAfterClose;
    }

    public Duration signInValid() {
        return signInValid;
    }

    public Duration escalateUnclaimedAfter() {
        return escalateUnclaimedAfter;
    }

    public Duration escalationCheckInterval() {
        return escalationCheckInterval;
    }

    public String attachmentsDir() {
        return attachmentsDir;
    }

    public int attachmentsPerTicket() {
        return attachmentsPerTicket;
    }
}
