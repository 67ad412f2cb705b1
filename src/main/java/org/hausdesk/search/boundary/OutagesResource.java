package org.hausdesk.search.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.search.control.OutageDetection;
import org.hausdesk.search.control.Scope;
import org.hausdesk.ticket.control.OutageView;
import org.hausdesk.ticket.control.Tickets;

/**
 * {@code /api/outages}: suspected outages (similar tickets from several houses at once) for the
 * shared queue, and linking tickets to one outage.
 */
@Path("outages")
@Produces(MediaType.APPLICATION_JSON)
public class OutagesResource {

    @Inject
    OutageDetection detection;

    @Inject
    Tickets tickets;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * @param tickets the numbers of those tickets the caller may open (their houses' and the shared
     *                queue's; a coordinator's: all); the others are only counted
     */
    public record SuspectedView(String id, int ticketCount, int houses, List<String> words, Instant since,
                                List<String> tickets) {
    }

    public record Link(@NotBlank(message = "Give the outage a title, e.g. \"Cloud nicht erreichbar\"") @Size(max = 200)
                       String title,
                       @NotNull(message = "Name the tickets to link") @Size(min = 2, max = 200,
                               message = "Link at least two tickets") List<@NotBlank String> tickets) {
    }

    public record Linked(OutageView outage, List<String> tickets) {
    }

    @GET
    @Path("suspected")
    @Operation(summary = "Suspected outages: three or more similar open tickets from two or more houses within two hours")
    @SecurityRequirement(name = "basic")
    public List<SuspectedView> suspected() {
        var scope = Scope.of(caller.staff());
        return detection.suspected(clock.instant()).stream().map(s -> new SuspectedView(s.id(), s.tickets().size(),
                s.houses(), s.words(), s.since(), s.tickets().stream()
                        .filter(c -> scope.maySeeTicket(c.house(), c.escalation()))
                        .map(OutageDetection.Candidate::number).toList())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Link tickets to one outage; they go to the shared queue to be answered together",
            description = "Any helper may link the tickets of a suspected outage (all or some of them); other tickets "
                    + "only when the helper may see each of them.")
    @SecurityRequirement(name = "basic")
    public Response link(@Valid @NotNull Link link) {
        var staff = caller.staff();
        var numbers = List.copyOf(new HashSet<>(link.tickets()));
        if (!staff.isCoordinator() && !withinOneSuspectedOutage(numbers) && !maySeeAll(staff, numbers)) {
            throw new NotFoundException("These tickets are not one suspected outage, and not all yours to see");
        }
        var linked = tickets.linkOutage(link.title(), numbers, staff);
        return Response.status(Response.Status.CREATED)
                .entity(new Linked(OutageView.of(linked.outage()), linked.tickets())).build();
    }

    private boolean withinOneSuspectedOutage(List<String> numbers) {
        return detection.suspected(clock.instant()).stream().anyMatch(s -> s.numbers().containsAll(numbers));
    }

    private boolean maySeeAll(Account staff, List<String> numbers) {
        return numbers.stream().allMatch(n -> tickets.forStaff(n, staff).isPresent());
    }
}
