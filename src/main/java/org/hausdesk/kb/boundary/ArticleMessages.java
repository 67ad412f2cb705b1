package org.hausdesk.kb.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import org.hausdesk.kb.control.Markdown;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleContent;
import org.hausdesk.kb.entity.ArticleRevision;
import org.hausdesk.kb.entity.ArticleStatus;
import org.hausdesk.kb.entity.Visibility;
import org.hausdesk.ticket.entity.Category;

/** The JSON shapes of the article API. Residents get no counts, sources or drafts' details. */
public final class ArticleMessages {

    private ArticleMessages() {
    }

    /** What each field may hold is checked where the editor's are too ({@code ArticleContent}, {@code Articles}). */
    public record ArticleText(
            String title,
            String problem,
            String solution,
            Category category,
            List<String> tags,
            @Pattern(regexp = "de|en", message = "de or en") String language,
            Visibility visibility,
            String house) {

        ArticleContent content() {
            return new ArticleContent(title, problem, solution, category, tags, language, visibility, house);
        }

        /** For an edit: no {@code house} keeps the article's house; {@code ""} means all houses. */
        ArticleContent content(String currentHouse) {
            return new ArticleContent(title, problem, solution, category, tags, language, visibility,
                    house == null ? currentHouse : house);
        }
    }

    public record NewArticle(
            String slug,
            @NotNull ArticleText text) {
    }

    public record ArticleEdit(@NotNull ArticleText text, @NotNull @PositiveOrZero Long version) {
    }

    public record FromTicket(@NotBlank String ticket, Long solutionEntryId) {
    }

    public record Rating(@NotNull Boolean helpful) {
    }

    public record ArticleSummary(String slug, String title, String problem, Category category, String categoryLabel,
                                 List<String> tags, String language, Visibility visibility, String house,
                                 ArticleStatus status, Integer helpfulYes, Integer helpfulNo, Instant updatedAt) {
        static ArticleSummary of(Article article, boolean staff) {
            var content = article.content();
            return new ArticleSummary(article.slug(), content.title(), content.problem(), content.category(),
                    content.category().label(content.language()), content.tags(), content.language(),
                    content.visibility(), content.house(), article.status(), staff ? article.helpfulYes() : null,
                    staff ? article.helpfulNo() : null, article.updatedAt());
        }
    }

    public record ArticleView(String slug, String title, String problem, String solution, String solutionHtml,
                              Category category, String categoryLabel, List<String> tags, String language,
                              Visibility visibility, String house, ArticleStatus status, int revision, Long version,
                              List<String> sourceTickets, Integer helpfulYes, Integer helpfulNo,
                              String importConflict, Instant updatedAt) {
        static ArticleView of(Article article, boolean staff) {
            var content = article.content();
            return new ArticleView(article.slug(), content.title(), content.problem(), content.solution(),
                    Markdown.toSafeHtml(content.solution()), content.category(),
                    content.category().label(content.language()), content.tags(), content.language(),
                    content.visibility(), content.house(), article.status(), article.revisionNumber(),
                    staff ? article.version() : null, staff ? List.copyOf(article.sourceTickets()) : null,
                    staff ? article.helpfulYes() : null, staff ? article.helpfulNo() : null,
                    staff ? article.importConflict() : null, article.updatedAt());
        }
    }

    public record RevisionView(int number, String author, String source, Instant createdAt, String title) {
        static RevisionView of(ArticleRevision revision) {
            return new RevisionView(revision.number(), revision.authorName(), revision.source().name(),
                    revision.createdAt(), revision.content().title());
        }
    }

    public record Comparison(int from, int to, List<String> diff) {
    }
}
