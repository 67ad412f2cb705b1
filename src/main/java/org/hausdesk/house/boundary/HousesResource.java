package org.hausdesk.house.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.house.control.HouseView;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.HouseStage;
import org.hausdesk.platform.boundary.EnumParam;
import org.hausdesk.platform.boundary.InvalidField;
import org.hausdesk.platform.control.Coordinators;

/** Houses: listed for everyone (residents pick theirs), created by coordinators. */
@Path("houses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HousesResource {

    @Inject
    Houses houses;

    @Inject
    Coordinators coordinators;

    /**
     * {@code escalateUnclaimedAfter}: ISO-8601 duration such as {@code PT12H}; empty for the cooperative's default.
     * {@code stage}: planned, under_construction or occupied (the default); {@code moveInOn}: the expected move-in
     * date, e.g. {@code 2027-03-01}.
     */
    public record NewHouse(
            String slug,
            String name,
            @Pattern(regexp = "P(T?[0-9.]+[DHMS])+", message = "an ISO-8601 duration such as PT12H")
            String escalateUnclaimedAfter,
            String stage,
            String moveInOn) {
    }

    /** A house's stage and its (expected) move-in date. */
    public record StageChange(@NotNull String stage, String moveInOn) {
    }

    @GET
    @Operation(summary = "All houses (public)")
    public List<HouseView> all() {
        return houses.all().stream().map(HouseView::of).toList();
    }

    @POST
    @Operation(summary = "Create a house (coordinators)")
    @SecurityRequirement(name = "basic")
    public Response create(@Valid @NotNull NewHouse request) {
        coordinators.requireCoordinator();
        var delay = request.escalateUnclaimedAfter() == null ? null : parse(request.escalateUnclaimedAfter());
        var stage = request.stage() == null ? HouseStage.OCCUPIED : EnumParam.parse(HouseStage.class, request.stage(), "stage");
        var house = houses.create(request.slug(), request.name(), delay, stage, date(request.moveInOn()));
        return Response.created(URI.create("houses/" + house.slug())).entity(HouseView.of(house)).build();
    }

    @PUT
    @Path("{slug}/stage")
    @Operation(summary = "Move a house to another stage, with its expected move-in date (coordinators)")
    @SecurityRequirement(name = "basic")
    public HouseView changeStage(@PathParam("slug") String slug, @Valid @NotNull StageChange change) {
        coordinators.requireCoordinator();
        var stage = EnumParam.parse(HouseStage.class, change.stage(), "stage");
        return houses.changeStage(slug, stage, date(change.moveInOn())).map(HouseView::of)
                .orElseThrow(() -> new NotFoundException("No such house"));
    }

    private static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField("moveInOn", "a date such as 2027-03-01");
        }
    }

    private static Duration parse(String duration) {
        try {
            return Duration.parse(duration);
        } catch (DateTimeParseException e) {
            throw new InvalidField("escalateUnclaimedAfter", "an ISO-8601 duration such as PT12H");
        }
    }
}
