package org.hausdesk.it.time;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hausdesk.notify.control.OutboxDispatcher;
import org.hausdesk.ticket.control.AutomaticEscalation;

/**
 * The test deployment's way to run a background round now instead of waiting for its timer: after the test clock
 * jumped, {@code POST /api/test-rounds/escalation} escalates what is due, {@code .../outbox} sends what is due, {@code .../summary} sends the daily summaries due, {@code .../mail-in} reads the mailbox. A test
 * that runs a round twice and sees one result shows "exactly once" without waiting for time to pass.
 */
@Path("test-rounds")
public class TestRoundsResource {

    @Inject
    AutomaticEscalation escalation;

    @Inject
    OutboxDispatcher outbox;

    @Inject
    org.hausdesk.notify.control.DailySummary summary;

    @Inject
    org.hausdesk.notify.control.MailIn mailIn;

    @POST
    @Path("escalation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String escalation() {
        escalation.escalateOverdue();
        return "{}";
    }

    @POST
    @Path("outbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String outbox() {
        outbox.deliverDueNow();
        return "{}";
    }

    @POST
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String summary() {
        return "{\"sent\":" + summary.sendDue() + "}";
    }

    @POST
    @Path("mail-in")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String mailIn(@jakarta.ws.rs.QueryParam("stop") String stop) {
        StoppingMailIn.STOP.set(stop);
        try {
            return "{\"handled\":" + mailIn.poll() + "}";
        } finally {
            StoppingMailIn.STOP.set(null);
        }
    }
}
