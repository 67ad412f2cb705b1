package org.hausdesk.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Scheduled jobs (escalation, retention, daily summaries, reading mail, backups) run on one server at a time when
 * several share the database: before a round, a server claims the job's lease (table {@code job_lease}) and holds it
 * a little longer than until its next round ({@link #lease}); it renews it at the start and the end of every round,
 * and releases its leases when it stops. Another server takes a job over when the lease is free or has run out (its
 * holder stopped or died).
 * With one server, a job's lease is always free for it, also right after a restart.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());
    private static final Duration MARGIN = Duration.ofMinutes(5);

    @Resource(lookup = Database.SHARED_JNDI_NAME)
    DataSource database;

    /** Leases coordinate processes in real time (not a test's clock). */
    Clock clock = Clock.systemUTC();

    private volatile boolean stopped;

    /** This server, for as long as it runs. */
    String me = ProcessHandle.current().pid() + "@" + hostName() + "/" + UUID.randomUUID();

    /** Runs the round of a job that runs every {@code interval} when this server holds (or gets) the job's lease. */
    public void runIfHeld(String job, Duration interval, Runnable round) {
        if (claim(job, lease(interval))) {
            try {
                round.run();
            } finally {
                claim(job, lease(interval)); // a long round: the lease runs from its end, until the next round
            }
        }
    }

    /** How long a round's lease lasts: until the next round, plus some slack for a slow round (at most 5 minutes). */
    static Duration lease(Duration interval) {
        return interval.plus(interval.compareTo(MARGIN) < 0 ? interval : MARGIN);
    }

    /** Whether this server may run the job's round now; when true, no other server may for {@code lease}. */
    public boolean claim(String job, Duration lease) {
        if (stopped) {
            return false;
        }
        long now = clock.millis();
        long until = now + Math.max(1, lease.toMillis());
        try (var connection = database.getConnection()) {
            try (var renew = connection.prepareStatement("UPDATE job_lease SET holder = ?, held_until = ? "
                    + "WHERE name = ? AND (holder = ? OR held_until <= ?)")) {
                renew.setString(1, me);
                renew.setLong(2, until);
                renew.setString(3, job);
                renew.setString(4, me);
                renew.setLong(5, now);
                if (renew.executeUpdate() == 1) {
                    return true;
                }
            }
            try (var exists = connection.prepareStatement("SELECT 1 FROM job_lease WHERE name = ?")) {
                exists.setString(1, job);
                try (var result = exists.executeQuery()) {
                    if (result.next()) {
                        return false; // another server holds it
                    }
                }
            }
            try (var first = connection.prepareStatement(
                    "INSERT INTO job_lease (name, holder, held_until) VALUES (?, ?, ?)")) {
                first.setString(1, job);
                first.setString(2, me);
                first.setLong(3, until);
                return first.executeUpdate() == 1;
            } catch (SQLException e) {
                if (Database.isInsertRace(e)) {
                    return false; // another server created it a moment ago
                }
                throw e;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "Could not claim the lease of job '%s'; skipping this round".formatted(job));
            return false;
        }
    }

    /** Lets the other servers take this server's jobs at once instead of after the leases run out. */
    @PreDestroy
    void release() {
        stopped = true;
        try (var connection = database.getConnection();
             var release = connection.prepareStatement("UPDATE job_lease SET held_until = 0 WHERE holder = ?")) {
            release.setString(1, me);
            release.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.INFO, "Could not release the job leases at stop; they run out by themselves", e);
        }
    }

    private static String hostName() {
        try {
            var name = java.net.InetAddress.getLocalHost().getHostName();
            return name.length() > 100 ? name.substring(0, 100) : name;
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
