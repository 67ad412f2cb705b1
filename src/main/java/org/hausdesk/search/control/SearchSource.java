package org.hausdesk.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleStatus;
import org.hausdesk.search.entity.IndexChange;
import org.hausdesk.ticket.entity.EntryKind;
import org.hausdesk.ticket.entity.Ticket;

/**
 * Reads what is to be indexed from the database (published articles and all tickets) and keeps the index's change
 * log: a row per change, written in the transaction of the change.
 */
@ApplicationScoped
@Transactional
public class SearchSource {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    /** Notes in the change log, within the caller's transaction, that a ticket or an article changed. */
    public void record(String type, String key, Instant at) {
        em.createNativeQuery("insert into index_change (item_type, item_key, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, type).setParameter(2, key).setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The number of the latest change (0 when there is none). */
    public long lastChange() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from index_change").getSingleResult()).longValue();
    }

    /** The number of the oldest change still kept (0 when there is none). */
    public long oldestChange() {
        return ((Number) em.createNativeQuery("select coalesce(min(id), 0) from index_change").getSingleResult()).longValue();
    }

    /** Changes after {@code seen} (at most {@code limit}), and those among {@code gaps} that have appeared since. */
    public List<IndexChange> changesAfter(long seen, Collection<Long> gaps, int limit) {
        var found = new ArrayList<>(em.createNamedQuery(IndexChange.AFTER, IndexChange.class).setParameter("seen", seen)
                .setMaxResults(limit).getResultList());
        var asked = List.copyOf(gaps);
        for (int from = 0; from < asked.size(); from += PAGE) {
            found.addAll(em.createNamedQuery(IndexChange.AMONG, IndexChange.class)
                    .setParameter("ids", asked.subList(from, Math.min(asked.size(), from + PAGE))).getResultList());
        }
        return found;
    }

    /** Forgets changes older than this; an index further behind is rebuilt. */
    public int forgetChangesBefore(Instant cutoff) {
        return em.createNativeQuery("delete from index_change where changed_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * What the changed tickets and articles look like now, read in one transaction; empty for those to leave the
     * index (an article that is a draft, archived or gone; a ticket that is gone).
     */
    public List<SearchIndex.Change> current(Collection<IndexChange> changes) {
        var slugs = changes.stream().filter(c -> Fields.ARTICLE.equals(c.type())).map(IndexChange::key).distinct().toList();
        var numbers = changes.stream().filter(c -> Fields.TICKET.equals(c.type())).map(IndexChange::key).distinct().toList();
        var result = new ArrayList<SearchIndex.Change>();
        var articles = byKey(slugs, chunk -> em.createQuery("select a from Article a where a.slug in :slugs", Article.class)
                .setParameter("slugs", chunk).setHint("eclipselink.batch", "a.sourceTickets")
                .setHint("eclipselink.batch.type", "IN").getResultList(), Article::slug);
        slugs.forEach(slug -> result.add(new SearchIndex.Change(Fields.ARTICLE, slug, Optional.ofNullable(articles.get(slug))
                .filter(a -> a.status() == ArticleStatus.PUBLISHED).map(SearchSource::entry))));
        var tickets = byKey(numbers, chunk -> em.createQuery("select t from Ticket t where t.number in :numbers", Ticket.class)
                .setParameter("numbers", chunk).setHint("eclipselink.batch", "t.entries")
                .setHint("eclipselink.batch.type", "IN").getResultList(), Ticket::number);
        numbers.forEach(number -> result.add(new SearchIndex.Change(Fields.TICKET, number,
                Optional.ofNullable(tickets.get(number)).map(SearchSource::entry))));
        return result;
    }

    private static <T> Map<String, T> byKey(List<String> keys, Function<List<String>, List<T>> load,
                                            Function<T, String> key) {
        var found = new LinkedHashMap<String, T>();
        for (int from = 0; from < keys.size(); from += PAGE) {
            load.apply(keys.subList(from, Math.min(keys.size(), from + PAGE))).forEach(item -> found.put(key.apply(item), item));
        }
        return found;
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
                content.language(), null, null, content.house());
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
