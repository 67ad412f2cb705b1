package org.hausdesk.account.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;

/** {@code PUT /api/houses/{slug}/page}: a house's helpers (or a coordinator) set the house page's office hours and notice. */
@Path("houses/{slug}/page")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class HousePagesResource {

    @Inject
    Houses houses;

    @Inject
    Caller caller;

    /** Plain text; blank removes it. */
    public record HousePageText(@Size(max = House.OFFICE_HOURS_MAX) String officeHours,
                                @Size(max = House.NOTICE_MAX) String notice) {
    }

    @PUT
    @Operation(summary = "The house page's office hours and notice (the house's helpers, coordinators); another house's helper gets 404")
    public HousePageText change(@PathParam("slug") String slug, @Valid @NotNull HousePageText text) {
        var staff = caller.staff();
        var house = houses.bySlug(slug).filter(h -> HousePage.mayEdit(staff, h))
                .orElseThrow(() -> new NotFoundException("No such house"));
        var changed = houses.describe(house.slug(), text.officeHours(), text.notice()).orElseThrow();
        return new HousePageText(changed.officeHours(), changed.notice());
    }
}
