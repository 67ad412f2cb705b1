package org.hausdesk.app.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.app.control.Backups;
import org.hausdesk.app.control.Startup;
import org.hausdesk.platform.boundary.Problem;

/** A backup now, e.g. before an upgrade (coordinators); the daily one runs by itself. */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    Backups backups;

    @Inject
    Caller caller;

    public record Made(String folder, String database, int attachments, long bytes) {
    }

    @POST
    @Operation(summary = "Make a backup now: database, attachments, a README how to restore (coordinators)")
    @SecurityRequirement(name = "basic")
    public Response backup() {
        caller.coordinator();
        if (!backups.configured()) {
            return Problem.response(Response.Status.CONFLICT,
                    "No backup folder is configured: set HAUSDESK_APP_BACKUP_DIR");
        }
        try {
            var made = backups.backup();
            return Response.status(Response.Status.CREATED).entity(new Made(made.folder().getFileName().toString(),
                    made.database(), made.attachments(), made.bytes())).build();
        } catch (IllegalStateException e) {
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Backup failed: " + Startup.reason(e));
        }
    }
}
