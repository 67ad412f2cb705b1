package org.hausdesk.search.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.platform.boundary.EnumParam;
import org.hausdesk.platform.boundary.Problem;
import org.hausdesk.search.control.Scope;
import org.hausdesk.search.control.Search;
import org.hausdesk.search.control.SearchIndex;
import org.hausdesk.search.control.SearchMisses;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Category;

/** {@code /api/search}: one search for everyone, within what each may see. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    Search search;

    @Inject
    SearchIndex index;

    @Inject
    SearchMisses misses;

    @Inject
    Tickets tickets;

    @Inject
    Caller caller;

    @Resource
    ManagedExecutorService executor;

    @GET
    @Operation(summary = "Search articles (and, signed in, tickets): highlighted snippets, counts per category, "
            + "\"Meinten Sie ...?\" when nothing is found; a resident's house=<slug> adds that house's own articles")
    public Search.Result search(@QueryParam("q") String q, @QueryParam("category") String category,
                                @QueryParam("offset") @DefaultValue("0") int offset,
                                @QueryParam("limit") @DefaultValue("10") int limit,
                                @QueryParam("house") String house) {
        var result = search.search(q, scope(house), category == null ? null : EnumParam.parse(Category.class, category,
                "category"), false, offset, limit);
        if (result.total() == 0 && !result.query().isEmpty() && category == null) {
            misses.count(result.query());
        }
        return result;
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "While a resident writes a request: the five public articles that fit best (with house=<slug>, "
            + "the house chosen on the form, that house's own articles too)")
    public List<Search.Hit> suggestions(@QueryParam("subject") String subject,
                                        @QueryParam("description") String description,
                                        @QueryParam("house") String house) {
        var text = (subject == null ? "" : subject) + " " + (description == null ? "" : description);
        return search.suggest(text, house == null || house.isBlank() ? null : house.strip(), 5);
    }

    @GET
    @Path("similar/{number}")
    @Operation(summary = "For a helper on a ticket: similar solved tickets and articles")
    @SecurityRequirement(name = "basic")
    public List<Search.Hit> similar(@PathParam("number") String number) {
        var staff = caller.staff();
        var ticket = tickets.forStaff(number, staff).orElseThrow(() -> new NotFoundException("No such ticket, or not yours to see"));
        return search.similar(ticket.subject() + "\n" + ticket.description(), scope(null), "ticket:" + number, 5);
    }

    @GET
    @Path("misses")
    @Operation(summary = "Searches that found nothing, most frequent first (coordinators)")
    @SecurityRequirement(name = "basic")
    public List<SearchMisses.Miss> misses(@QueryParam("limit") @DefaultValue("50") int limit) {
        caller.coordinator();
        return misses.mostFrequent(Math.clamp(limit, 1, 500));
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild the index from the database; searches go on meanwhile (coordinators)")
    @SecurityRequirement(name = "basic")
    public Response rebuild() {
        caller.coordinator();
        if (index.isRebuilding()) {
            return Problem.response(Response.Status.CONFLICT, "A rebuild is already running");
        }
        executor.execute(index::rebuild);
        return Response.accepted(new Message("Rebuild started")).build();
    }

    public record Message(String message) {
    }

    private Scope scope(String residentHouse) {
        return caller.account().map(Scope::of)
                .orElse(Scope.resident(residentHouse == null || residentHouse.isBlank() ? null : residentHouse.strip()));
    }
}
