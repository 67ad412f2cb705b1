package org.hausdesk.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.house.control.Houses;
import org.hausdesk.platform.boundary.ContentDisposition;
import org.hausdesk.platform.boundary.InvalidField;
import org.hausdesk.platform.control.Links;
import org.hausdesk.ticket.boundary.TicketMessages.EscalationRequest;
import org.hausdesk.ticket.boundary.TicketMessages.Filed;
import org.hausdesk.ticket.boundary.TicketMessages.NewLink;
import org.hausdesk.ticket.boundary.TicketMessages.NewTicket;
import org.hausdesk.ticket.boundary.TicketMessages.Note;
import org.hausdesk.ticket.boundary.TicketMessages.PriorityChange;
import org.hausdesk.ticket.boundary.TicketMessages.Reply;
import org.hausdesk.ticket.boundary.TicketMessages.ResidentTicketView;
import org.hausdesk.ticket.boundary.TicketMessages.Solution;
import org.hausdesk.ticket.boundary.TicketMessages.StateChange;
import org.hausdesk.ticket.boundary.TicketMessages.TicketSummary;
import org.hausdesk.ticket.boundary.TicketMessages.TicketView;
import org.hausdesk.ticket.control.AccessTokens;
import org.hausdesk.ticket.control.Attachments;
import org.hausdesk.ticket.control.Subjects;
import org.hausdesk.ticket.control.TicketQueue;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Requester;
import org.hausdesk.ticket.entity.Ticket;

/**
 * Tickets. Residents need no account: they file publicly and then use their private token
 * (header {@value #TOKEN}); helpers and coordinators sign in. A ticket the caller may not see is
 * answered with 404, exactly like one that does not exist.
 */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

    public static final String TOKEN = "X-Ticket-Token";

    @Inject
    Tickets tickets;

    @Inject
    TicketQueue queue;

    @Inject
    Houses houses;

    @Inject
    org.hausdesk.ticket.control.AutomaticEscalation escalation;

    @Inject
    Caller caller;

    @Inject
    Attachments attachments;

    @POST
    @Operation(summary = "File a request (public, no account; or a helper files for a resident)",
            description = "Answers with the ticket number and the private access token; keep the token, it is shown only once. "
                    + "Signed in, a helper files for a resident who phoned or knocked, for one of their houses.")
    public Response file(@Valid @NotNull NewTicket request) {
        var house = houses.bySlug(request.house()).orElseThrow(() -> new InvalidField("house", "unknown house"));
        var filedBy = caller.account().orElse(null);
        if (filedBy != null && !filedBy.worksFor(house)) {
            throw new InvalidField("house", "you can file only for your own houses");
        }
        if (request.contact() != null && (request.phone() != null || request.email() != null || request.door() != null)) {
            throw new InvalidField("contact", "give either contact, or phone, email and door");
        }
        var requester = request.contact() != null ? Requester.withContact(request.name(), request.contact())
                : new Requester(request.name(), request.phone(), request.email(), request.door());
        var subject = request.subject() == null || request.subject().isBlank()
                ? Subjects.of(request.description()) : request.subject();
        var filed = tickets.file(house, TicketQueries.category(request.category()), subject, request.description(),
                requester, request.language(), filedBy);
        var location = URI.create("tickets/" + filed.ticket().number());
        return Response.created(location)
                .entity(new Filed(filed.ticket().number(), filed.accessToken(), AccessTokens.display(filed.accessToken()),
                        "/api/" + location))
                .build();
    }

    @GET
    @Operation(summary = "A queue: the caller's houses (a coordinator's: all), the shared queue, or the caller's own")
    @SecurityRequirement(name = "basic")
    public List<TicketSummary> list(@BeanParam TicketQueries query) {
        var staff = caller.staff();
        return queue.list(staff, query.filter()).stream()
                .map(t -> TicketSummary.of(t, escalation.delayFor(t.house()))).toList();
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many open tickets each queue holds for the caller (house, shared, mine), and how many wait for an answer")
    @SecurityRequirement(name = "basic")
    public java.util.Map<String, TicketMessages.QueueCount> counts() {
        var counts = new java.util.LinkedHashMap<String, TicketMessages.QueueCount>();
        queue.counts(caller.staff()).forEach((q, c) -> counts.put(q.name().toLowerCase(java.util.Locale.ROOT),
                new TicketMessages.QueueCount(c.open(), c.needAnswer())));
        return counts;
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One ticket: with a token the resident's view (no internal notes), signed in the helpers' view")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "ticketToken")
    @APIResponse(responseCode = "200", description = "The resident's view with a token, the helpers' view signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ResidentTicketView.class, TicketView.class})))
    public Object read(@PathParam("number") String number, @HeaderParam(TOKEN) String token) {
        if (token != null) {
            return ResidentTicketView.of(found(tickets.forResident(number, token)));
        }
        return TicketView.forStaff(found(tickets.forStaff(number, caller.staff())));
    }

    @POST
    @Path("{number}/claim")
    @Operation(summary = "Claim a ticket; 409 names who has it if someone else was faster")
    @SecurityRequirement(name = "basic")
    public TicketView claim(@PathParam("number") String number) {
        return TicketView.forStaff(found(tickets.claim(number, caller.staff())));
    }

    @POST
    @Path("{number}/replies")
    @Operation(summary = "A public reply, by the resident (token) or a helper; askBack makes the ticket wait for the resident")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "ticketToken")
    public Response reply(@PathParam("number") String number, @HeaderParam(TOKEN) String token,
                          @Valid @NotNull Reply reply) {
        if (token != null) {
            var ticket = found(tickets.replyAsResident(number, token, reply.body()));
            return created(ticket, ResidentTicketView.of(ticket));
        }
        var ticket = found(tickets.replyAsHelper(number, caller.staff(), reply.body(), reply.askBack()));
        return created(ticket, TicketView.forStaff(ticket));
    }

    @POST
    @Path("{number}/solution")
    @Operation(summary = "Solve with a solution: the resident gets it as a reply and the ticket is solved, both or neither")
    @SecurityRequirement(name = "basic")
    public TicketView solve(@PathParam("number") String number, @Valid @NotNull Solution solution) {
        return TicketView.forStaff(found(tickets.solve(number, caller.staff(), solution.body())));
    }

    @POST
    @Path("{number}/notes")
    @Operation(summary = "An internal note, seen only by helpers and coordinators")
    @SecurityRequirement(name = "basic")
    public Response note(@PathParam("number") String number, @Valid @NotNull Note note) {
        var ticket = found(tickets.addNote(number, caller.staff(), note.body()));
        return created(ticket, TicketView.forStaff(ticket));
    }

    @PUT
    @Path("{number}/state")
    @Operation(summary = "Change the state; send the version you saw, a stale one gets 409")
    @SecurityRequirement(name = "basic")
    public TicketView changeState(@PathParam("number") String number, @Valid @NotNull StateChange change) {
        return TicketView.forStaff(found(tickets.changeState(number, caller.staff(), change.state(), change.version())));
    }

    @PUT
    @Path("{number}/priority")
    @Operation(summary = "Change the priority; send the version you saw, a stale one gets 409")
    @SecurityRequirement(name = "basic")
    public TicketView changePriority(@PathParam("number") String number, @Valid @NotNull PriorityChange change) {
        return TicketView.forStaff(found(
                tickets.changePriority(number, caller.staff(), change.priority(), change.version())));
    }

    @POST
    @Path("{number}/escalation")
    @Operation(summary = "Escalate to the shared queue with a reason; whoever had the ticket lets go")
    @SecurityRequirement(name = "basic")
    public TicketView escalate(@PathParam("number") String number, @Valid @NotNull EscalationRequest request) {
        return TicketView.forStaff(found(tickets.escalate(number, caller.staff(), request.reason())));
    }

    @DELETE
    @Path("{number}/escalation")
    @Operation(summary = "Hand back to the house queue; a helper of another house who had it lets go")
    @SecurityRequirement(name = "basic")
    public TicketView handBack(@PathParam("number") String number,
                               @QueryParam("reason") String reason) {
        return TicketView.forStaff(found(tickets.handBack(number, caller.staff(), reason)));
    }

    @POST
    @Path("{number}/confirmation")
    @Operation(summary = "The resident confirms the solution (\"gelöst — danke\"): the ticket is closed")
    @SecurityRequirement(name = "ticketToken")
    public ResidentTicketView confirm(@PathParam("number") String number, @HeaderParam(TOKEN) String token) {
        return ResidentTicketView.of(found(tickets.confirmSolved(number, token)));
    }

    @POST
    @Path("{number}/link")
    @Operation(summary = "A new private link; every older link of the ticket stops working. The resident asks "
            + "with their link (one was passed on), a helper for a resident who lost theirs")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "ticketToken")
    public NewLink renewLink(@PathParam("number") String number, @HeaderParam(TOKEN) String token) {
        var staff = token == null ? caller.staff() : null;
        var renewed = tickets.renewLink(number, token, staff)
                .orElseThrow(() -> new NotFoundException("No such ticket, or not yours to see"));
        return new NewLink(number, renewed, Links.residentPath(number, renewed));
    }

    @POST
    @Path("{number}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a picture (PNG, JPEG, GIF; stored as PNG, written anew) or a PDF: the file as the "
            + "body, its name in ?name=. The type is taken from the content; at most 5 files, 5 MB each")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "ticketToken")
    public Response attach(@PathParam("number") String number, @HeaderParam(TOKEN) String token,
                           @QueryParam("name") String name, byte[] body) {
        var staff = token == null ? caller.staff() : null;
        var attachment = attachments.attach(number, token, staff, name, body)
                .orElseThrow(() -> new NotFoundException("No such ticket, or not yours to see"));
        return Response.created(URI.create("tickets/" + number + "/attachments/" + attachment.id()))
                .entity(TicketMessages.AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("{number}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An attached file: pictures shown (always PNG), PDF files only as a download; "
            + "the resident's token as X-Ticket-Token or ?zugang=")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "ticketToken")
    public Response attachment(@PathParam("number") String number, @PathParam("id") long id,
                               @HeaderParam(TOKEN) String header, @QueryParam("zugang") String query) {
        var token = header != null ? header : query;
        var staff = token == null ? caller.staff() : null;
        var stored = attachments.read(number, id, token, staff)
                .orElseThrow(() -> new NotFoundException("No such file, or not yours to see"));
        var attachment = stored.attachment();
        return Response.ok(stored.bytes(), attachment.contentType())
                .header("Content-Disposition", attachment.isPicture() ? ContentDisposition.inline(attachment.fileName())
                        : ContentDisposition.attachment(attachment.fileName()))
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static Response created(Ticket ticket, Object view) {
        return Response.created(URI.create("tickets/" + ticket.number())).entity(view).build();
    }

    private static Ticket found(Optional<Ticket> ticket) {
        return ticket.orElseThrow(() -> new NotFoundException("No such ticket, or not yours to see"));
    }

}
