package org.hausdesk.onboarding.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.onboarding.boundary.OnboardingMessages.HouseholdInput;
import org.hausdesk.onboarding.boundary.OnboardingMessages.HouseholdView;
import org.hausdesk.onboarding.boundary.OnboardingMessages.NewStep;
import org.hausdesk.onboarding.boundary.OnboardingMessages.ProgressView;
import org.hausdesk.onboarding.boundary.OnboardingMessages.StepChange;
import org.hausdesk.onboarding.boundary.OnboardingMessages.StepDefinition;
import org.hausdesk.onboarding.boundary.OnboardingMessages.StepMark;
import org.hausdesk.onboarding.boundary.OnboardingMessages.StepState;
import org.hausdesk.onboarding.control.Onboarding;

/**
 * The onboarding boards over HTTP: the checklist (coordinators change it), households and their steps (the house's
 * helpers and the coordinators; anyone else gets 404, as for another house's tickets), and the progress. A house's
 * households are listed and added by {@link HouseholdsResource}.
 */
@Path("onboarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class OnboardingResource {

    private static final String NO_HOUSE = "No such house, or not yours";
    private static final String NO_HOUSEHOLD = "No such household, or not in your houses";

    @Inject
    Onboarding onboarding;

    @Inject
    Caller caller;

    @GET
    @Path("steps")
    @Operation(summary = "The checklist every house's board uses, in order, retired steps included (helpers, coordinators)")
    public List<StepDefinition> steps() {
        caller.staff();
        return onboarding.allSteps().stream().map(StepDefinition::of).toList();
    }

    @POST
    @Path("steps")
    @Operation(summary = "Adds a step to the checklist, at its end (coordinators)")
    public Response addStep(@Valid @NotNull NewStep step) {
        var added = onboarding.addStep(caller.coordinator(), step.name(), step.progressText(), step.article());
        return Response.created(URI.create("onboarding/steps/" + added.id())).entity(StepDefinition.of(added)).build();
    }

    @PUT
    @Path("steps/{id}")
    @Operation(summary = "Renames a step, changes its progress words, article or position, retires it (coordinators)")
    public StepDefinition changeStep(@PathParam("id") long id, @Valid @NotNull StepChange change) {
        return onboarding.changeStep(caller.coordinator(), id, change.name(), change.progressText(), change.article(),
                        change.position(), change.retired()).map(StepDefinition::of)
                .orElseThrow(() -> new NotFoundException("No such step"));
    }

    @GET
    @Path("progress")
    @Operation(summary = "Progress per house and step: how many households have done each step (a helper's houses; "
            + "coordinators all)")
    public List<ProgressView> progress() {
        return onboarding.progress(caller.staff()).stream().map(ProgressView::of).toList();
    }

    @GET
    @Path("households/{id}")
    @Operation(summary = "One household and its steps")
    public HouseholdView household(@PathParam("id") long id) {
        return onboarding.household(id, caller.staff()).map(h -> HouseholdView.of(h, onboarding.steps()))
                .orElseThrow(() -> new NotFoundException(NO_HOUSEHOLD));
    }

    @PUT
    @Path("households/{id}")
    @Operation(summary = "Changes what is kept about a household, or records that it moved out (movedOutOn)")
    public HouseholdView changeHousehold(@PathParam("id") long id, @Valid @NotNull HouseholdInput input) {
        return onboarding.change(id, caller.staff(), input.label(), input.firstName(), input.contact(), input.agreed(),
                        input.movedOutOn()).map(h -> HouseholdView.of(h, onboarding.steps()))
                .orElseThrow(() -> new NotFoundException(NO_HOUSEHOLD));
    }

    @DELETE
    @Path("households/{id}")
    @Operation(summary = "Removes a household and everything recorded about it")
    public Response removeHousehold(@PathParam("id") long id) {
        if (!onboarding.remove(id, caller.staff())) {
            throw new NotFoundException(NO_HOUSEHOLD);
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("households/{id}/steps/{stepId}")
    @Operation(summary = "Where the household stands on a step (OPEN, DONE, NEEDS_HELP, NOT_WANTED), with who and when; "
            + "NEEDS_HELP files a ticket in the house unless an existing one is named (ticket)")
    public StepState mark(@PathParam("id") long id, @PathParam("stepId") long stepId, @Valid @NotNull StepMark mark) {
        return onboarding.mark(id, stepId, mark.status(), mark.ticket(), mark.description(), caller.staff())
                .map(OnboardingMessages::state).orElseThrow(() -> new NotFoundException(NO_HOUSEHOLD));
    }
}
