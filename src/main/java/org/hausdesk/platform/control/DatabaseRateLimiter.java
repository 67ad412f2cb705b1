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
 * The same token buckets as {@link RateLimiter} ({@code capacity} uses, refilled evenly over {@code period}), kept in
 * the database (table {@code rate_count}) so that every server sharing it counts the same uses and waits the same.
 * Each take is one short transaction of its own on {@link Database#SHARED_JNDI_NAME}; the key's row is locked only
 * for that moment. Full buckets of this limiter are removed now and then. When the database cannot be asked, the use
 * is allowed (the request itself will meet the same database) and the failure logged.
 */
public final class DatabaseRateLimiter implements UseLimiter {

    private static final Logger LOG = Logger.getLogger(DatabaseRateLimiter.class.getName());
    private static final int NAME_MAX = 200;
    private static final int CLEAN_UP_EVERY = 1000;

    private final DataSource database;
    private final String name;
    private final int capacity;
    private final long periodMillis;
    private final double perMilli;
    private final Clock clock;
    private final AtomicInteger takes = new AtomicInteger();

    /** @param name the limit's name (see {@link #validName}) */
    public DatabaseRateLimiter(DataSource database, String name, int capacity, Duration period, Clock clock) {
        this.database = database;
        this.name = validName(name);
        this.capacity = capacity;
        this.periodMillis = Math.max(1, period.toMillis());
        this.perMilli = capacity / (double) periodMillis;
        this.clock = clock;
    }

    /**
     * A limit's name as it must be in either mode: lower-case letters, digits and '-', so that it prefixes the rows of
     * its keys in the database without meaning anything to {@code LIKE}.
     */
    static String validName(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A limit's name is lower-case letters, digits and '-': " + name);
        }
        return name;
    }

    @Override
    public long use(String key, boolean take) {
        long now = clock.millis();
        var row = rowName(key);
        try (var connection = database.getConnection()) {
            if (!take) {
                return waitFor(tokens(connection, row, now, false), now);
            }
            long wait = take(connection, row, now);
            if (takes.incrementAndGet() % CLEAN_UP_EVERY == 0) {
                try {
                    forgetFull(connection, now);
                } catch (SQLException e) {
                    LOG.log(Level.INFO, "Removing full buckets failed; trying again later", e);
                }
            }
            return wait;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "Could not count '%s' in the database; allowed this once".formatted(name));
            return 0;
        }
    }

    /** Takes a token when there is one; 0, or the seconds until there is (then nothing is taken). */
    private long take(Connection connection, String row, long now) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (int attempt = 0; ; attempt++) {
                var tokens = tokens(connection, row, now, true);
                long wait = waitFor(tokens, now);
                if (wait > 0) {
                    connection.commit();
                    return wait;
                }
                if (tokens.stored()) {
                    try (var update = connection.prepareStatement(
                            "UPDATE rate_count SET tokens = ?, updated_ms = ? WHERE name = ?")) {
                        update.setDouble(1, tokens.now() - 1);
                        update.setLong(2, Math.max(now, tokens.updated())); // a clock behind another server's
                        update.setString(3, row);
                        update.executeUpdate();
                    }
                    connection.commit();
                    return 0;
                }
                try (var insert = connection.prepareStatement(
                        "INSERT INTO rate_count (name, tokens, updated_ms) VALUES (?, ?, ?)")) {
                    insert.setString(1, row);
                    insert.setDouble(2, capacity - 1);
                    insert.setLong(3, now);
                    insert.executeUpdate();
                    connection.commit();
                    return 0;
                } catch (SQLException anotherServerWasFirst) {
                    connection.rollback();
                    if (attempt == 2 || !Database.isInsertRace(anotherServerWasFirst)) {
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

    /** A key's tokens now: what was left at its last use, refilled since; a full bucket for a new key. */
    private record Tokens(double now, boolean stored, long updated) {
    }

    private Tokens tokens(Connection connection, String row, long now, boolean lock) throws SQLException {
        try (var select = connection.prepareStatement(
                "SELECT tokens, updated_ms FROM rate_count WHERE name = ?" + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, row);
            try (var result = select.executeQuery()) {
                if (!result.next()) {
                    return new Tokens(capacity, false, now);
                }
                long updated = result.getLong(2);
                long since = Math.max(0, now - updated); // another server's clock may be a little ahead
                return new Tokens(Math.min(capacity, result.getDouble(1) + since * perMilli), true, updated);
            }
        }
    }

    private long waitFor(Tokens tokens, long now) {
        if (tokens.now() >= 1 - 1e-9) { // a token refilled exactly now counts, whatever the last bit of a double says
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens.now()) / perMilli / 1000 - 1e-6)); // 900.0000001 s is 900 s
    }

    /** Removes this limiter's buckets that have been full again for a while (unused for a whole period). */
    private void forgetFull(Connection connection, long now) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM rate_count WHERE name LIKE ? AND updated_ms < ?")) {
            delete.setString(1, name + ":%");
            delete.setLong(2, now - periodMillis);
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
