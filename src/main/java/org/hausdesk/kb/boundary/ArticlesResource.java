package org.hausdesk.kb.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.hausdesk.account.control.Caller;
import org.hausdesk.kb.boundary.ArticleMessages.ArticleEdit;
import org.hausdesk.kb.boundary.ArticleMessages.ArticleSummary;
import org.hausdesk.kb.boundary.ArticleMessages.ArticleView;
import org.hausdesk.kb.boundary.ArticleMessages.Comparison;
import org.hausdesk.kb.boundary.ArticleMessages.FromTicket;
import org.hausdesk.kb.boundary.ArticleMessages.NewArticle;
import org.hausdesk.kb.boundary.ArticleMessages.Rating;
import org.hausdesk.kb.boundary.ArticleMessages.RevisionView;
import org.hausdesk.kb.control.Articles;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleStatus;
import org.hausdesk.platform.boundary.EnumParam;
import org.hausdesk.ticket.entity.Category;

/**
 * FAQ articles. Everyone reads published public articles; helpers and coordinators also drafts,
 * archived and helpers-only ones, and write; publishing needs a coordinator or a helper allowed to.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    @Inject
    Articles articles;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Articles by category; residents get published public ones for all houses and those of the "
            + "house they name (house=<slug>), helpers any status, for all houses and theirs "
            + "(sort=least-helpful: the ones residents found least helpful first)")
    public List<ArticleSummary> list(@QueryParam("category") String category, @QueryParam("status") String status,
                                     @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
                                     @QueryParam("limit") @DefaultValue("100") int limit,
                                     @QueryParam("house") String house) {
        var reader = caller.account().orElse(null);
        var filter = new Articles.Filter(category == null ? null : EnumParam.parse(Category.class, category, "category"),
                status == null ? null : EnumParam.parse(ArticleStatus.class, status, "status"), "least-helpful".equals(sort),
                offset, limit);
        return articles.list(reader, house, filter).stream().map(a -> ArticleSummary.of(a, reader != null)).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One article, its solution as Markdown and as safe HTML (a house article: for residents who name "
            + "its house, house=<slug>, its house's helpers and coordinators)")
    public ArticleView read(@PathParam("slug") String slug, @QueryParam("house") String house) {
        var reader = caller.account().orElse(null);
        return ArticleView.of(found(articles.read(slug, reader, house)), reader != null);
    }

    @POST
    @Operation(summary = "Write a new draft (helpers)")
    @SecurityRequirement(name = "basic")
    public Response create(@Valid @NotNull NewArticle request) {
        var article = articles.create(request.slug(), request.text().content(), caller.staff());
        return Response.created(URI.create("articles/" + article.slug())).entity(ArticleView.of(article, true)).build();
    }

    @POST
    @Path("from-ticket")
    @Operation(summary = "Draft an article from a solved ticket, personal data removed (helpers)")
    @SecurityRequirement(name = "basic")
    public Response fromTicket(@Valid @NotNull FromTicket request) {
        var article = articles.draftFromTicket(request.ticket(), request.solutionEntryId(), caller.staff())
                .orElseThrow(() -> new NotFoundException("No such ticket, or not yours to see"));
        return Response.created(URI.create("articles/" + article.slug())).entity(ArticleView.of(article, true)).build();
    }

    @PUT
    @Path("{slug}")
    @Operation(summary = "Edit: a new revision; send the version you saw, a stale one gets 409 (helpers)")
    @SecurityRequirement(name = "basic")
    public ArticleView edit(@PathParam("slug") String slug, @Valid @NotNull ArticleEdit edit) {
        var staff = caller.staff();
        var current = found(articles.read(slug, staff));
        return ArticleView.of(found(articles.edit(slug, edit.text().content(current.house()), staff, edit.version())),
                true);
    }

    @POST
    @Path("{slug}/publication")
    @Operation(summary = "Publish (coordinators, helpers allowed to publish)")
    @SecurityRequirement(name = "basic")
    public ArticleView publish(@PathParam("slug") String slug) {
        return ArticleView.of(found(articles.publish(slug, caller.staff())), true);
    }

    @POST
    @Path("{slug}/archival")
    @Operation(summary = "Archive: no longer shown to readers (coordinators, helpers allowed to publish)")
    @SecurityRequirement(name = "basic")
    public ArticleView archive(@PathParam("slug") String slug) {
        return ArticleView.of(found(articles.archive(slug, caller.staff())), true);
    }

    @GET
    @Path("{slug}/revisions")
    @Operation(summary = "Every revision with author and time (helpers)")
    @SecurityRequirement(name = "basic")
    public List<RevisionView> revisions(@PathParam("slug") String slug) {
        return found(articles.read(slug, caller.staff())).revisions().stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("{slug}/comparison")
    @Operation(summary = "What changed between two revisions, as a unified diff (helpers)")
    @SecurityRequirement(name = "basic")
    public Comparison compare(@PathParam("slug") String slug, @QueryParam("from") int from, @QueryParam("to") int to) {
        return new Comparison(from, to, articles.compare(slug, from, to, caller.staff())
                .orElseThrow(() -> new NotFoundException("No such article")));
    }

    @POST
    @Path("{slug}/rating")
    @Operation(summary = "\"Hat das geholfen?\" Yes or no, by anyone who can read the article")
    public Response rate(@PathParam("slug") String slug, @QueryParam("house") String house,
                         @Valid @NotNull Rating rating) {
        if (!articles.rate(slug, house, rating.helpful())) {
            throw new NotFoundException("No such article");
        }
        return Response.noContent().build();
    }

    private static Article found(Optional<Article> article) {
        return article.orElseThrow(() -> new NotFoundException("No such article"));
    }
}
