package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The numbers helpers and coordinators look at, computed by the database in one pass per query
 * (no ticket is loaded). The SQL is the subset H2 and PostgreSQL share, including
 * {@code PERCENTILE_CONT ... WITHIN GROUP} for medians.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketStatistics {

    public static final int PERIOD_DAYS = 30;

    private static final String OPEN = "('NEW', 'IN_PROGRESS', 'WAITING')";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record HouseNumbers(String house, String name, long open, long waiting, long solvedInPeriod,
                               Double medianMinutesToFirstReply, long filedInPeriod, long escalatedInPeriod,
                               Double shareEscalated) {
    }

    public record SharedNumbers(long open, long waiting, long solvedInPeriod, Double medianMinutesToFirstReply,
                                long escalatedInPeriod) {
    }

    /** @param houseIds the houses to report on, or {@code null} for every house */
    public List<HouseNumbers> perHouse(Set<Long> houseIds) {
        var since = since();
        var sql = "SELECT h.slug, h.name, "
                + "SUM(CASE WHEN t.state IN " + OPEN + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.state = 'WAITING' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.solved_at >= ?1 THEN 1 ELSE 0 END), "
                + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CASE WHEN t.created_at >= ?1 THEN t.first_reply_seconds END), "
                + "SUM(CASE WHEN t.created_at >= ?1 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.created_at >= ?1 AND t.ever_escalated = TRUE THEN 1 ELSE 0 END) "
                + "FROM house h LEFT JOIN ticket t ON t.house_id = h.id "
                + (houseIds == null ? "" : houseIds.isEmpty() ? "WHERE 1 = 0 " : "WHERE h.id IN (" + ids(houseIds) + ") ")
                + "GROUP BY h.id, h.slug, h.name ORDER BY h.name";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, since).getResultList();
        return rows.stream().map(TicketStatistics::houseNumbers).toList();
    }

    public SharedNumbers shared() {
        var since = since();
        var row = (Object[]) em.createNativeQuery("SELECT "
                        + "SUM(CASE WHEN t.escalation = 'SHARED' AND t.state IN " + OPEN + " THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN t.escalation = 'SHARED' AND t.state = 'WAITING' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN t.ever_escalated = TRUE AND t.solved_at >= ?1 THEN 1 ELSE 0 END), "
                        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY CASE WHEN t.ever_escalated = TRUE "
                        + "AND t.created_at >= ?1 THEN t.first_reply_seconds END), "
                        + "SUM(CASE WHEN t.ever_escalated = TRUE AND t.created_at >= ?1 THEN 1 ELSE 0 END) "
                        + "FROM ticket t")
                .setParameter(1, since)
                .getSingleResult();
        return new SharedNumbers(count(row[0]), count(row[1]), count(row[2]), minutes(row[3]), count(row[4]));
    }

    /** One row of {@link #perHouse}: counts may come back as any number type (or null for none), medians in seconds. */
    static HouseNumbers houseNumbers(Object[] row) {
        long filed = count(row[6]);
        long escalated = count(row[7]);
        return new HouseNumbers((String) row[0], (String) row[1], count(row[2]), count(row[3]), count(row[4]),
                minutes(row[5]), filed, escalated, filed == 0 ? null : (double) escalated / filed);
    }

    /** The period the numbers cover: the last {@value #PERIOD_DAYS} days up to now. */
    OffsetDateTime since() {
        return clock.instant().minus(Duration.ofDays(PERIOD_DAYS)).atOffset(ZoneOffset.UTC);
    }

    private static String ids(Set<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double minutes(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 6.0) / 10.0;
    }
}
