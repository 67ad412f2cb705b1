package org.hausdesk.kb.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.hausdesk.account.entity.Account;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleContent;
import org.hausdesk.kb.entity.ArticleRevision;
import org.hausdesk.kb.entity.ArticleStatus;
import org.hausdesk.kb.entity.RevisionSource;
import org.hausdesk.kb.entity.Visibility;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.control.RateLimits;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;
import org.hausdesk.privacy.control.PersonalData;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.EntryKind;
import org.hausdesk.ticket.entity.TicketState;

/**
 * The use cases on articles. {@code reader} is the signed-in account or {@code null} for a
 * resident; whatever a reader may not see behaves as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class Articles {

    @PersistenceContext
    EntityManager em;

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    @Inject
    Tickets tickets;

    @Inject
    org.hausdesk.house.control.Houses houses;

    @Inject
    Event<ArticleChanged> changed;

    @Inject
    Event<Audited> audit;

    public record Filter(Category category, ArticleStatus status, boolean leastHelpfulFirst, int offset, int limit) {
    }

    public List<Article> list(Account reader, Filter filter) {
        return list(reader, null, filter);
    }

    /**
     * The articles a reader may see ({@link Article#readableBy}): a resident's {@code residentHouse} (a slug, or null)
     * adds that house's articles to those for all houses.
     */
    public List<Article> list(Account reader, String residentHouse, Filter filter) {
        var where = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (reader == null) {
            where.add("a.status = :published and a.visibility = :public");
            parameters.put("published", ArticleStatus.PUBLISHED);
            parameters.put("public", Visibility.PUBLIC);
            where.add(residentHouse == null ? "a.house is null" : "(a.house is null or a.house = :house)");
            if (residentHouse != null) {
                parameters.put("house", residentHouse);
            }
        } else if (!reader.isCoordinator()) {
            var slugs = reader.houses().stream().map(h -> h.slug()).toList();
            where.add(slugs.isEmpty() ? "a.house is null" : "(a.house is null or a.house in :houses)");
            if (!slugs.isEmpty()) {
                parameters.put("houses", slugs);
            }
        }
        if (reader != null && filter.status() != null) {
            where.add("a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.add("a.category = :category");
            parameters.put("category", filter.category());
        }
        var query = em.createQuery("select a from Article a"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by a.title", Article.class);
        parameters.forEach(query::setParameter);
        if (filter.leastHelpfulFirst() && reader != null) {
            // a few hundred articles at most: sorted here by the share of "no" votes, unrated last
            return query.getResultStream()
                    .sorted(Comparator.comparingDouble(Articles::unhelpfulShare).reversed()
                            .thenComparing(Comparator.comparingInt(Article::helpfulNo).reversed()))
                    .skip(Math.max(0, filter.offset())).limit(Math.clamp(filter.limit(), 1, 500)).toList();
        }
        return query.setFirstResult(Math.max(0, filter.offset())).setMaxResults(Math.clamp(filter.limit(), 1, 500))
                .getResultList();
    }

    private static double unhelpfulShare(Article article) {
        int votes = article.helpfulYes() + article.helpfulNo();
        return votes == 0 ? -1 : (double) article.helpfulNo() / votes;
    }

    public Optional<Article> read(String slug, Account reader) {
        return read(slug, reader, null);
    }

    /** An article the reader may see; a resident's chosen house (a slug, or null) opens that house's articles. */
    public Optional<Article> read(String slug, Account reader, String residentHouse) {
        return bySlug(slug).filter(article -> article.readableBy(reader, residentHouse));
    }

    /** The published public articles of one house, for its page. */
    public List<Article> ofHouse(String house) {
        return em.createQuery("select a from Article a where a.house = :house and a.status = :published "
                        + "and a.visibility = :public order by a.title", Article.class)
                .setParameter("house", house).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("public", Visibility.PUBLIC).getResultList();
    }

    /** A house article is written by that house's helpers (or a coordinator), for a house that exists. */
    private void requireHouse(ArticleContent content, Account author) {
        if (content.house() == null) {
            return;
        }
        if (houses.bySlug(content.house()).isEmpty()) {
            throw new InvalidInput("house: no house '%s'".formatted(content.house()));
        }
        if (!Article.forHouseOf(author, content.house())) {
            throw new NotPermitted("Only the helpers of a house write its house articles");
        }
    }

    public Article create(@NotBlank @Pattern(regexp = Article.SLUG_RULE, message = "2-80 lower-case letters, digits or dashes")
                          String slug, @NotNull @Valid ArticleContent content, Account author) {
        if (bySlug(slug).isPresent()) {
            throw new RuleViolation("An article with the slug '%s' exists already".formatted(slug));
        }
        requireHouse(content, author);
        var article = new Article(slug, content, author, author.displayName(), RevisionSource.APP, clock.instant());
        em.persist(article);
        changed.fire(new ArticleChanged(article.slug()));
        return article;
    }

    public Optional<Article> edit(String slug, @NotNull @Valid ArticleContent content, Account author,
                                  long seenVersion) {
        return bySlug(slug).filter(article -> article.writableBy(author)).map(article -> {
            requireHouse(content, author);
            if (!java.util.Objects.equals(article.house(), content.house()) && !author.isCoordinator()) {
                throw new NotPermitted("Only a coordinator moves an article to another house or to all houses");
            }
            article.requireVersion(seenVersion);
            article.edit(content, author, clock.instant());
            changed.fire(new ArticleChanged(article.slug()));
            return article;
        });
    }

    public Optional<Article> publish(String slug, Account actor) {
        return bySlug(slug).filter(article -> article.writableBy(actor)).map(article -> {
            article.publish(actor, clock.instant());
            audit.fire(new Audited(actor.username(), "ARTICLE_PUBLISHED", slug));
            changed.fire(new ArticleChanged(article.slug()));
            return article;
        });
    }

    public Optional<Article> archive(String slug, Account actor) {
        return bySlug(slug).filter(article -> article.writableBy(actor)).map(article -> {
            article.archive(actor, clock.instant());
            audit.fire(new Audited(actor.username(), "ARTICLE_ARCHIVED", slug));
            changed.fire(new ArticleChanged(article.slug()));
            return article;
        });
    }

    /** "Hat das geholfen?" One atomic update, so that many votes at once neither conflict nor get lost. */
    public boolean rate(String slug, String residentHouse, boolean helpful) {
        limits.take(RateLimits.Operation.RATING);
        var published = read(slug, null, residentHouse);
        if (published.isEmpty()) {
            return false;
        }
        em.createQuery("update Article a set " + (helpful ? "a.helpfulYes = a.helpfulYes + 1" : "a.helpfulNo = a.helpfulNo + 1")
                        + " where a.id = :id")
                .setParameter("id", published.get().id())
                .executeUpdate();
        return true;
    }

    /** The unified diff between two revisions, line by line over title, problem, tags and solution. */
    public Optional<List<String>> compare(String slug, int from, int to, Account reader) {
        return read(slug, reader).map(article -> {
            var a = article.revision(from).orElseThrow(() -> new InvalidInput("No revision " + from));
            var b = article.revision(to).orElseThrow(() -> new InvalidInput("No revision " + to));
            var left = lines(a);
            var right = lines(b);
            return UnifiedDiffUtils.generateUnifiedDiff("revision " + from, "revision " + to, left,
                    DiffUtils.diff(left, right), 3);
        });
    }

    /**
     * A draft from a solved ticket: the problem from the ticket, the solution from the chosen public
     * reply (or the last one by a helper), personal data removed before it is stored.
     */
    public Optional<Article> draftFromTicket(String ticketNumber, Long solutionEntryId, Account author) {
        return tickets.forStaff(ticketNumber, author).map(ticket -> {
            if (ticket.state() != TicketState.SOLVED && ticket.state() != TicketState.CLOSED) {
                throw new RuleViolation("Ticket %s is %s; only solved tickets become articles"
                        .formatted(ticketNumber, ticket.state()));
            }
            var replies = ticket.entries().stream()
                    .filter(e -> e.kind() == EntryKind.REPLY && !e.byResident()).toList();
            var solution = (solutionEntryId == null
                    ? replies.stream().reduce((first, second) -> second)
                    : replies.stream().filter(e -> solutionEntryId.equals(e.id())).findFirst())
                    .orElseThrow(() -> new InvalidInput("Ticket %s has no helper reply to use as the solution"
                            .formatted(ticketNumber)));
            var names = new ArrayList<String>();
            names.add(ticket.requester().name());
            ticket.entries().stream().map(e -> e.authorName()).forEach(names::add);
            ticket.timeline().stream().map(e -> e.actorName()).forEach(names::add);
            var known = new PersonalData.Known(names, ticket.house().name(), ticket.house().slug());
            var content = new ArticleContent(PersonalData.redact(ticket.subject(), known),
                    PersonalData.redact(ticket.description(), known), PersonalData.redact(solution.body(), known),
                    ticket.category(), List.of(), "de", Visibility.PUBLIC);
            var article = new Article(freeSlug("anfrage-" + ticket.number()), content, author, author.displayName(),
                    RevisionSource.APP, clock.instant());
            article.cameFrom(ticket.number());
            em.persist(article);
            changed.fire(new ArticleChanged(article.slug()));
            return article;
        });
    }

    /**
     * A new draft written in the editor: its address is made from the title ("WLAN im Gemeinschaftsraum" →
     * {@code wlan-im-gemeinschaftsraum}, numbered when taken).
     */
    public Article draft(@NotNull @Valid ArticleContent content, Account author) {
        return create(freeSlug(slugOf(content.title())), content, author);
    }

    /** The address part made from a title: lower-case ASCII letters, digits and dashes, 2-60 characters. */
    static String slugOf(String title) {
        var folded = java.text.Normalizer.normalize((title == null ? "" : title).toLowerCase(java.util.Locale.ROOT)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.length() < 2 ? "artikel" : slug;
    }

    private String freeSlug(String wanted) {
        var slug = wanted;
        for (int i = 2; bySlug(slug).isPresent(); i++) {
            slug = wanted + "-" + i;
        }
        return slug;
    }

    public Optional<Article> bySlug(String slug) {
        if (slug == null || !Article.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<Article> published() {
        return em.createQuery("select a from Article a where a.status = :status order by a.slug", Article.class)
                .setParameter("status", ArticleStatus.PUBLISHED)
                .getResultList();
    }

    private static List<String> lines(ArticleRevision revision) {
        var content = revision.content();
        var lines = new ArrayList<String>();
        lines.add("Titel: " + content.title());
        lines.add("Problem: " + (content.problem() == null ? "" : content.problem()));
        lines.add("Kategorie: " + content.category().folder());
        lines.add("Schlagwörter: " + String.join(", ", content.tags()));
        lines.add("Sichtbar: " + content.visibility().name().toLowerCase());
        lines.add("Haus: " + (content.house() == null ? "alle" : content.house()));
        lines.add("");
        lines.addAll(content.solution().lines().toList());
        return lines;
    }
}
