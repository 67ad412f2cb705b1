package org.hausdesk.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.house.entity.House;
import org.hausdesk.ticket.control.TicketStatistics.HouseNumbers;
import org.hausdesk.ticket.control.TicketStatistics.SharedNumbers;
import org.hausdesk.ticket.control.TicketStatistics;

/** {@code /api/stats}: how the queues are doing. Helpers see their houses and the shared queue; coordinators all houses. */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    TicketStatistics statistics;

    @Inject
    Caller caller;

    public record Stats(int periodDays, List<HouseNumbers> houses, SharedNumbers shared) {
    }

    @GET
    @Operation(summary = "Per house and for the shared queue: open, waiting, solved and escalated in the last 30 days, "
            + "median minutes to the first reply")
    @SecurityRequirement(name = "basic")
    public Stats stats() {
        var staff = caller.staff();
        var houses = staff.isCoordinator() ? null : staff.houses().stream().map(House::id).collect(Collectors.toSet());
        return new Stats(TicketStatistics.PERIOD_DAYS, statistics.perHouse(houses), statistics.shared());
    }
}
