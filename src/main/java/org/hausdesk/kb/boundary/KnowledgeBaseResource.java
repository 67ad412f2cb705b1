package org.hausdesk.kb.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.kb.control.KbExport;
import org.hausdesk.kb.control.KbImport;

/** {@code /api/kb}: the knowledge base as files, for coordinators: import report, import again, export. */
@Path("kb")
@SecurityRequirement(name = "basic")
public class KnowledgeBaseResource {

    @Inject
    KbImport kbImport;

    @Inject
    KbExport kbExport;

    @Inject
    Caller caller;

    @GET
    @Path("import")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the last kb-content import did: new, updated, unchanged, conflicts, skipped files")
    public KbImport.Report lastImport() {
        caller.coordinator();
        return kbImport.lastReport().orElseThrow(() -> new NotFoundException("No import has run yet"));
    }

    @POST
    @Path("import")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import kb-content again now")
    public KbImport.Report importNow() {
        caller.coordinator();
        return kbImport.importAll();
    }

    @GET
    @Path("export")
    @Produces("application/zip")
    @Operation(summary = "Every published article as kb-content/<category>/<slug>.md in a ZIP file")
    public Response export() {
        caller.coordinator();
        return Response.ok(kbExport.zip())
                .header("Content-Disposition", "attachment; filename=\"kb-content.zip\"")
                .build();
    }
}
