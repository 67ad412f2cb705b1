package org.hausdesk.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Scheduled jobs (escalation, retention, daily summaries, reading mail, backups) run on one server at a time when
 * several share the database: before a round, a server claims the job's lease (table {@code job_lease}); it holds
 * it for {@code lease} and renews it with every round, and another server takes over only after the holder has
 * missed its rounds for that long (it stopped or died). With one server the lease is always its own.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @Resource(lookup = Database.SHARED_JNDI_NAME)
    DataSource database;

    @Inject
    Clock clock;

    /** This server, for as long as it runs. */
    String me = ProcessHandle.current().pid() + "@" + hostName() + "/" + UUID.randomUUID();

    /** Whether this server may run the job's round now; when true, no other server may for {@code lease}. */
    public boolean claim(String job, Duration lease) {
        long now = clock.instant().getEpochSecond();
        long until = now + Math.max(1, lease.toSeconds());
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
            try (var first = connection.prepareStatement(
                    "INSERT INTO job_lease (name, holder, held_until) VALUES (?, ?, ?)")) {
                first.setString(1, job);
                first.setString(2, me);
                first.setLong(3, until);
                return first.executeUpdate() == 1;
            } catch (SQLException heldByAnother) {
                return false;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "Could not claim the lease of job '%s'; skipping this round".formatted(job));
            return false;
        }
    }

    /** Runs the round when this server holds the job's lease. */
    public void runIfHeld(String job, Duration lease, Runnable round) {
        if (claim(job, lease)) {
            round.run();
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
