package org.hausdesk.onboarding.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.onboarding.boundary.OnboardingMessages.BoardView;
import org.hausdesk.onboarding.boundary.OnboardingMessages.HouseholdInput;
import org.hausdesk.onboarding.boundary.OnboardingMessages.HouseholdView;
import org.hausdesk.onboarding.control.Onboarding;

/** A house's onboarding board: its households and where they stand (the house's helpers, coordinators; others 404). */
@Path("houses/{slug}/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class HouseholdsResource {

    private static final String NO_HOUSE = "No such house, or not yours";

    @Inject
    Onboarding onboarding;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "A house's onboarding board: the steps and every household with where it stands (the house's "
            + "helpers, coordinators; others 404)")
    public BoardView board(@PathParam("slug") String slug) {
        return onboarding.board(slug, caller.staff()).map(BoardView::of)
                .orElseThrow(() -> new NotFoundException(NO_HOUSE));
    }

    @POST
    @Operation(summary = "Lists a household on the house's board: a label, and a first name and contact only with its "
            + "agreement (409 when the label is taken)")
    public Response addHousehold(@PathParam("slug") String slug, @Valid @NotNull HouseholdInput input) {
        var added = onboarding.add(slug, caller.staff(), input.label(), input.firstName(), input.contact(),
                input.agreed()).orElseThrow(() -> new NotFoundException(NO_HOUSE));
        return Response.created(URI.create("onboarding/households/" + added.id()))
                .entity(HouseholdView.of(added, onboarding.steps())).build();
    }
}
