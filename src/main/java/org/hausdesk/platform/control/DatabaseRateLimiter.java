package org.hausdesk.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Uses per key counted in the database (table {@code rate_count}), so that every server sharing it counts the same
 * uses: at most {@code capacity} per {@code period}, as a sliding window estimated from fixed ones (the uses of the
 * window so far, plus those of the previous window weighed by how much of it still lies within one period back), so
 * there is no burst where one window ends and the next begins. A refused try is not counted. Each use is one short
 * transaction of its own on {@link Database#SHARED_JNDI_NAME}; the key's row is locked only for that moment. Rows
 * unused for two periods are removed now and then. When the database cannot be asked, the use is allowed (the
 * request itself will meet the same database) and the failure logged.
 */
public final class DatabaseRateLimiter implements UseLimiter {

    private static final Logger LOG = Logger.getLogger(DatabaseRateLimiter.class.getName());
    private static final int NAME_MAX = 200;
    private static final int CLEAN_UP_EVERY = 1000;

    private final DataSource database;
    private final String name;
    private final int capacity;
    private final long period;
    private final Clock clock;
    private final AtomicInteger takes = new AtomicInteger();

    public DatabaseRateLimiter(DataSource database, String name, int capacity, Duration period, Clock clock) {
        this.database = database;
        this.name = name;
        this.capacity = capacity;
        this.period = Math.max(1, period.toSeconds());
        this.clock = clock;
    }

    /** A key's uses: in the window ending at {@code end}, and in the one before it. */
    private record Uses(long end, int current, int previous) {
    }

    @Override
    public long use(String key, boolean take) {
        var now = clock.instant().toEpochMilli() / 1000.0;
        long end = (Math.floorDiv((long) now, period) + 1) * period;
        var row = rowName(key);
        try (var connection = database.getConnection()) {
            long wait;
            if (take) {
                wait = count(connection, row, end, now);
                if (takes.incrementAndGet() % CLEAN_UP_EVERY == 0) {
                    removeUnused(connection, end);
                }
            } else {
                wait = waitFor(read(connection, row, end), now);
            }
            return wait;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "Could not count '%s' in the database; allowed this once".formatted(name));
            return 0;
        }
    }

    /** Counts one use unless it must wait; 0, or the seconds to wait (and then nothing is counted). */
    private long count(Connection connection, String row, long end, double now) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (int attempt = 0; ; attempt++) {
                long wait = waitFor(read(connection, row, end, true), now);
                if (wait > 0) {
                    connection.commit();
                    return wait;
                }
                try (var update = connection.prepareStatement("UPDATE rate_count SET "
                        + "previous_used = CASE WHEN window_end = ? THEN previous_used WHEN window_end = ? THEN used ELSE 0 END, "
                        + "used = CASE WHEN window_end = ? THEN used + 1 ELSE 1 END, window_end = ? WHERE name = ?")) {
                    update.setLong(1, end);
                    update.setLong(2, end - period);
                    update.setLong(3, end);
                    update.setLong(4, end);
                    update.setString(5, row);
                    if (update.executeUpdate() == 1) {
                        connection.commit();
                        return 0;
                    }
                }
                try (var insert = connection.prepareStatement(
                        "INSERT INTO rate_count (name, window_end, used, previous_used) VALUES (?, ?, 1, 0)")) {
                    insert.setString(1, row);
                    insert.setLong(2, end);
                    insert.executeUpdate();
                    connection.commit();
                    return 0;
                } catch (SQLException anotherServerWasFirst) {
                    connection.rollback();
                    if (attempt == 2) {
                        throw anotherServerWasFirst;
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Uses read(Connection connection, String row, long end) throws SQLException {
        return read(connection, row, end, false);
    }

    /** The key's uses as of the window ending at {@code end}; locked until the transaction ends when asked to. */
    private Uses read(Connection connection, String row, long end, boolean lock) throws SQLException {
        try (var select = connection.prepareStatement("SELECT window_end, used, previous_used FROM rate_count "
                + "WHERE name = ?" + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, row);
            try (var result = select.executeQuery()) {
                if (!result.next()) {
                    return new Uses(end, 0, 0);
                }
                long stored = result.getLong(1);
                if (stored == end) {
                    return new Uses(end, result.getInt(2), result.getInt(3));
                }
                return new Uses(end, 0, stored == end - period ? result.getInt(2) : 0);
            }
        }
    }

    /** 0 when one more use fits now, else the seconds until it does. */
    long waitFor(Uses uses, double now) {
        int allowed = capacity - 1; // what may be counted before this use
        double ahead = (uses.end() - now) / period; // the share of the previous window still within one period back
        if (uses.previous() * ahead + uses.current() <= allowed) {
            return 0;
        }
        double at = uses.current() <= allowed
                ? uses.end() - (double) (allowed - uses.current()) * period / uses.previous()
                : uses.end() + period - (double) allowed * period / uses.current();
        return Math.max(1, (long) Math.ceil(at - now));
    }

    private void removeUnused(Connection connection, long end) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM rate_count WHERE window_end < ?")) {
            delete.setLong(1, end - period);
            delete.executeUpdate();
        }
    }

    /**
     * The row of a key: the limit's name and the key, or a digest of the key when both would not fit or the key has
     * characters a database may refuse (a NUL in a username must count like any other failed sign-in).
     */
    String rowName(String key) {
        var plain = name + ":" + key;
        if (plain.length() <= NAME_MAX && key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return plain;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return name + ":#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
