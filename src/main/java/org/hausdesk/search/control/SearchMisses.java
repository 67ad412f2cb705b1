package org.hausdesk.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Counts searches that found nothing, by their text only (never who asked). */
@ApplicationScoped
@Transactional
public class SearchMisses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record Miss(String query, int times, Instant lastAt) {
    }

    public void count(String query) {
        var text = query.toLowerCase(Locale.GERMAN).strip();
        if (text.isEmpty()) {
            return;
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = em.createNativeQuery("UPDATE search_miss SET times = times + 1, last_at = ?1 WHERE query_text = ?2")
                .setParameter(1, now).setParameter(2, text).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO search_miss (query_text, times, last_at) SELECT ?1, 1, ?2 "
                            + "WHERE NOT EXISTS (SELECT 1 FROM search_miss WHERE query_text = ?1)")
                    .setParameter(1, text).setParameter(2, now).executeUpdate();
        }
    }

    public List<Miss> mostFrequent(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT query_text, times, last_at FROM search_miss "
                + "ORDER BY times DESC, last_at DESC").setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Miss((String) r[0], ((Number) r[1]).intValue(), instant(r[2]))).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case java.time.OffsetDateTime odt -> odt.toInstant();
            case java.sql.Timestamp ts -> ts.toInstant();
            case Instant instant -> instant;
            default -> null;
        };
    }
}
