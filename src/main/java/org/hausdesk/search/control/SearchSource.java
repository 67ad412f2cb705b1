package org.hausdesk.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleStatus;
import org.hausdesk.ticket.entity.EntryKind;
import org.hausdesk.ticket.entity.Ticket;

/** Reads what is to be indexed from the database: published articles and all tickets. */
@ApplicationScoped
@Transactional
public class SearchSource {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    /** The article as it should be indexed, or empty when it should not be in the index (draft, archived, gone). */
    public Optional<IndexEntry> article(String slug) {
        return em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("slug", slug).getResultStream()
                .findFirst().filter(a -> a.status() == ArticleStatus.PUBLISHED).map(SearchSource::entry);
    }

    public Optional<IndexEntry> ticket(String number) {
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number).getResultStream()
                .findFirst().map(SearchSource::entry);
    }

    /** Everything, page by page (keyset paging, so the last page costs what the first does), for a rebuild. */
    public void all(Consumer<IndexEntry> sink) {
        long last = Long.MIN_VALUE;
        while (true) {
            List<Article> page = em.createQuery("select a from Article a where a.status = :status and a.id > :last"
                            + " order by a.id", Article.class).setParameter("status", ArticleStatus.PUBLISHED)
                    .setParameter("last", last).setMaxResults(PAGE)
                    .setHint("eclipselink.batch", "a.sourceTickets").setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.read-only", "true")
                    .getResultList();
            page.forEach(a -> sink.accept(entry(a)));
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
            last = page.getLast().id();
        }
        last = Long.MIN_VALUE;
        while (true) {
            List<Ticket> page = em.createQuery("select t from Ticket t where t.id > :last order by t.id", Ticket.class)
                    .setParameter("last", last).setMaxResults(PAGE)
                    .setHint("eclipselink.batch", "t.entries").setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.read-only", "true")
                    .getResultList();
            page.forEach(t -> sink.accept(entry(t)));
            em.clear();
            if (page.size() < PAGE) {
                return;
            }
            last = page.getLast().id();
        }
    }

    static IndexEntry entry(Article article) {
        var content = article.content();
        var body = (content.problem() == null ? "" : content.problem() + "\n\n") + content.solution();
        return new IndexEntry(Fields.ARTICLE, article.slug(), content.title(), body, content.tags(), null,
                content.category().name(), content.visibility().name(), null, null, article.status().name(),
                content.language());
    }

    static IndexEntry entry(Ticket ticket) {
        var replies = ticket.entries().stream().filter(e -> e.kind() == EntryKind.REPLY).map(e -> e.body())
                .collect(Collectors.joining("\n\n"));
        var notes = ticket.entries().stream().filter(e -> e.kind() == EntryKind.NOTE).map(e -> e.body())
                .collect(Collectors.joining("\n\n"));
        return new IndexEntry(Fields.TICKET, ticket.number(), ticket.subject(),
                ticket.description() + "\n\n" + replies, List.of(), notes, ticket.category().name(), null,
                ticket.house().id(), ticket.escalation().name(), ticket.state().name(), ticket.language(),
                ticket.createdAt(), ticket.outage() == null ? null : ticket.outage().id());
    }
}
