package org.hausdesk.notify.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.notify.control.MailInbox;
import org.hausdesk.notify.entity.InboundMail;

/**
 * {@code /api/mail-in/held}: mails that came in but were added to no ticket (unknown sender, forged reply address,
 * no house named), for coordinators to read and delete.
 */
@Path("mail-in/held")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MailInResource {

    @Inject
    MailInbox inbox;

    @Inject
    Caller caller;

    /** A held mail as text (never as HTML): who, when, why held, about which ticket, and what it says. */
    public record HeldMail(long id, Instant receivedAt, String reason, String ticket, String sender, String subject,
                           String text) {
        static HeldMail of(InboundMail m) {
            return new HeldMail(m.id(), m.receivedAt(), m.reason(), m.ticketNumber(), m.sender(), m.subject(), m.body());
        }
    }

    @GET
    @Operation(summary = "Mails held for a coordinator, newest first (coordinators)")
    public List<HeldMail> held() {
        caller.coordinator();
        return inbox.held().stream().map(HeldMail::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a held mail's contents once dealt with (coordinators)")
    public Response delete(@PathParam("id") long id) {
        caller.coordinator();
        if (!inbox.release(id)) {
            throw new NotFoundException("No such held mail");
        }
        return Response.noContent().build();
    }
}
