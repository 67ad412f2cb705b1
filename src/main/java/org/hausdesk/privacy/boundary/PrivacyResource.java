package org.hausdesk.privacy.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.platform.boundary.ContentDisposition;
import org.hausdesk.platform.boundary.InvalidField;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.entity.EmailAddress;
import org.hausdesk.privacy.control.AuditLog;
import org.hausdesk.privacy.control.DataExport;
import org.hausdesk.privacy.control.Residents;
import org.hausdesk.privacy.control.Retention;
import org.hausdesk.privacy.entity.AuditEvent;
import org.hausdesk.ticket.control.ResidentSignIns;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Ticket;

/**
 * Data protection: a resident downloads what is stored about their request (with its private link);
 * a coordinator exports or erases everything about a resident, runs the retention round, reads the
 * audit log.
 */
@Path("privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    static final String TOKEN = "X-Ticket-Token";

    @Inject
    Tickets tickets;

    @Inject
    Residents residents;

    @Inject
    Retention retention;

    @Inject
    AuditLog auditLog;

    @Inject
    Caller caller;

    @Inject
    Event<Audited> audit;

    @Inject
    ResidentSignIns signIns;

    @Inject
    jakarta.enterprise.inject.Instance<org.hausdesk.privacy.control.PersonalRecords> records;

    public record Erasure(@EmailAddress String email, @Size(max = 40) String phone,
                          List<@NotNull @Size(max = 20) String> tickets) {
    }

    /** @param removed entries of other kinds that went, by kind (e.g. {@code households}) */
    public record Erased(List<String> tickets, java.util.Map<String, Integer> removed) {
        Erased(List<String> tickets) {
            this(tickets, java.util.Map.of());
        }
    }

    public record AuditView(String at, String actor, String action, String target, String address) {
        static AuditView of(AuditEvent e) {
            return new AuditView(e.at().toString(), e.actor(), e.action(), e.target(), e.address());
        }
    }

    @GET
    @Path("tickets/{number}")
    @Operation(summary = "Everything stored about the resident's request, as a JSON download "
            + "(the private link's token as X-Ticket-Token or ?zugang=)")
    @SecurityRequirement(name = "ticketToken")
    public Response exportTicket(@PathParam("number") String number, @HeaderParam(TOKEN) String header,
                                 @QueryParam("zugang") String query) {
        var token = header != null ? header : query;
        var ticket = tickets.forResident(number, token)
                .orElseThrow(() -> new NotFoundException("No such ticket, or not yours to see"));
        audit.fire(new Audited("anonym", "EXPORT", number));
        return download(DataExport.of(List.of(ticket), residents.now()), "hausdesk-" + number + ".json");
    }

    @GET
    @Path("mine")
    @Operation(summary = "Everything stored about the signed-in resident (signed in on /meine-anfragen with an "
            + "e-mail link): all requests filed with that address, as a JSON download")
    public Response exportMine(@Context HttpServletRequest request) {
        var session = request.getSession(false);
        var email = session == null ? null : (String) session.getAttribute(ResidentSignIns.SESSION_RESIDENT);
        if (email == null) {
            throw new NotFoundException("Sign in on /meine-anfragen first");
        }
        var mine = signIns.ticketsOf(email);
        audit.fire(new Audited("resident", "EXPORT", numbers(mine.stream().map(Ticket::number).toList())));
        return download(DataExport.of(mine, residents.now()), "hausdesk-meine-daten.json");
    }

    @GET
    @Path("residents")
    @Operation(summary = "Everything stored about a resident, found by e-mail address or phone number (coordinators)")
    @SecurityRequirement(name = "basic")
    public Response exportResident(@QueryParam("email") String email, @QueryParam("phone") String phone) {
        caller.coordinator();
        var found = residents.ticketsOf(email, phone);
        var more = new java.util.TreeMap<String, List<?>>();
        records.forEach(kept -> more.put(kept.section(), kept.export(email, phone)));
        audit.fire(new Audited(null, "EXPORT", numbers(found.stream().map(Ticket::number).toList())
                + more.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> ", " + e.getValue().size() + " " + e.getKey()).collect(java.util.stream.Collectors.joining())));
        return download(DataExport.of(found, more, residents.now()), "hausdesk-export.json");
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a resident: name and contact data removed everywhere, their text anonymised, "
            + "their links and messages gone; ticket numbers and anonymised cases stay (coordinators)")
    @SecurityRequirement(name = "basic")
    public Erased erase(@Valid @NotNull Erasure request) {
        caller.coordinator();
        var numbers = new LinkedHashSet<>(residents.ticketsOf(request.email(), request.phone()).stream()
                .map(Ticket::number).toList());
        if (request.tickets() != null) {
            numbers.addAll(request.tickets());
        }
        if (numbers.isEmpty() && request.email() == null && request.phone() == null) {
            throw new InvalidField("email", "give an e-mail address, a phone number or ticket numbers");
        }
        var erased = residents.erase(new ArrayList<>(numbers));
        var removed = new java.util.TreeMap<String, Integer>();
        records.forEach(kept -> removed.put(kept.section(), kept.erase(request.email(), request.phone())));
        audit.fire(new Audited(null, "ERASURE", numbers(erased) + removed.entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> ", " + e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining())));
        return new Erased(erased, removed);
    }

    @POST
    @Path("retention")
    @Operation(summary = "Run the retention round now: closed tickets past the retention time are anonymised (coordinators)")
    @SecurityRequirement(name = "basic")
    public Erased retention() {
        caller.coordinator();
        return new Erased(retention.run());
    }

    @GET
    @Path("audit")
    @Operation(summary = "The audit log, newest first: sign-ins, denials, exports, erasures, coordinators' actions (coordinators)")
    @SecurityRequirement(name = "basic")
    public List<AuditView> auditLog(@QueryParam("limit") @jakarta.ws.rs.DefaultValue("200") int limit) {
        caller.coordinator();
        return auditLog.newest(limit).stream().map(AuditView::of).toList();
    }

    /** What the audit log says about which tickets: their numbers, never their content. */
    private static String numbers(List<String> tickets) {
        return tickets.isEmpty() ? "no tickets" : String.join(", ", tickets);
    }

    private static Response download(DataExport.Export export, String fileName) {
        return Response.ok(export).header("Content-Disposition", ContentDisposition.attachment(fileName)).build();
    }
}
