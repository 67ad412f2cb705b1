package org.hausdesk.notify.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.notify.control.Outbox;
import org.hausdesk.notify.entity.Channel;
import org.hausdesk.notify.entity.OutboxMessage;

/** {@code /api/outbox}: messages not sent yet, for coordinators, so that a broken mail server does not go unnoticed. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class OutboxResource {

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /** No body: coordinators see who should get what and why it fails, not the message itself. */
    public record MessageView(long id, Channel channel, String recipient, String subject, String ticket,
                              Instant createdAt, int attempts, Instant nextAttemptAt, Instant gaveUpAt,
                              String lastError) {
        static MessageView of(OutboxMessage m) {
            return new MessageView(m.id(), m.channel(), m.recipient(), m.subject(), m.ticketNumber(), m.createdAt(),
                    m.attempts(), m.nextAttemptAt(), m.gaveUpAt(), m.lastError());
        }
    }

    @GET
    @Operation(summary = "Unsent messages (coordinators); failing=true: only those that failed "
            + Outbox.FAILING_AFTER + " times or more")
    public List<MessageView> unsent(@QueryParam("failing") boolean failing, @QueryParam("ticket") String ticket) {
        caller.coordinator();
        return outbox.unsent(failing, ticket, 500).stream().map(MessageView::of).toList();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Try to send an unsent message again now (coordinators)")
    public MessageView retry(@PathParam("id") long id) {
        caller.coordinator();
        return outbox.retryNow(id).map(MessageView::of).orElseThrow(() -> new NotFoundException("No such message"));
    }
}
