package org.hausdesk.account.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Absences;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Absence;

/** {@code /api/me/absences}: helpers say themselves when they are away; only their own. */
@Path("me/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AbsencesResource {

    @Inject
    Absences absences;

    @Inject
    Caller caller;

    public record AbsenceView(long id, LocalDate from, LocalDate until, String note) {
        static AbsenceView of(Absence absence) {
            return new AbsenceView(absence.id(), absence.startsOn(), absence.endsOn(), absence.note());
        }
    }

    public record NewAbsence(@NotNull LocalDate from, @NotNull LocalDate until, @Size(max = 200) String note) {
    }

    @GET
    @Operation(summary = "The caller's current and future absences")
    public List<AbsenceView> mine() {
        return absences.upcoming(caller.staff()).stream().map(AbsenceView::of).toList();
    }

    @POST
    @Operation(summary = "Add an absence: whole days, from and until inclusive")
    public Response add(@Valid @NotNull NewAbsence request) {
        var absence = absences.add(caller.staff(), request.from(), request.until(), request.note());
        return Response.created(URI.create("me/absences/" + absence.id())).entity(AbsenceView.of(absence)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of the caller's absences")
    public Response remove(@PathParam("id") long id) {
        if (!absences.remove(caller.staff(), id)) {
            throw new NotFoundException("No such absence of yours");
        }
        return Response.noContent().build();
    }
}
