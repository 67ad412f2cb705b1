package org.hausdesk.platform.control;

/**
 * How often something may happen per key (a client address, a username, a ticket number): kept in this server's
 * memory ({@link RateLimiter}) or, when several servers share the database, in the database
 * ({@link DatabaseRateLimiter}). {@link RateLimits#limiter} gives the one the configuration asks for.
 */
public interface UseLimiter {

    /** Takes one use; 0 when allowed, else the seconds until one is there again. */
    default long take(String key) {
        return use(key, true);
    }

    /** Whether a use is left, without taking it: 0, or the seconds until one is there again. */
    default long peek(String key) {
        return use(key, false);
    }

    /** {@link #take} or {@link #peek}. */
    long use(String key, boolean take);
}
