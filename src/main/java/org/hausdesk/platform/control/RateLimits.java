package org.hausdesk.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.entity.TooManyRequests;

/**
 * Per client address, how often an operation may run: filing a request, asking for a sign-in link,
 * looking up a ticket with a wrong private link, searching, rating an article. The operations call
 * this themselves, so a limit holds whichever address, path variant or page leads there (the API, a
 * page, {@code /hilfe} or {@code /pages/request.xhtml;x=1} alike). Beyond a limit: {@link TooManyRequests}.
 * The address is the connection's, or behind one of {@code hausdesk.platform.trusted-proxies} the client's
 * ({@link ClientAddress#current()}). Work that no web request started (timers) is not limited. Kept in this
 * server's memory, or in the database with {@code hausdesk.platform.shared-limits=true} when several servers share
 * it ({@link #limiter}); the limits are generous, since the residents of a house may share one address.
 */
@ApplicationScoped
public class RateLimits {

    /** What is limited, its period, and what the client is told (how many: {@link PlatformConfig}). */
    public enum Operation {
        FILING(Duration.ofHours(1),
                "You have sent many requests; please wait", "Sie haben sehr viele Anfragen geschickt. Bitte warten Sie etwas"),
        FAILED_LOOKUP(Duration.ofHours(1),
                "Too many requests with a wrong ticket link; please wait",
                "Zu viele Versuche mit einem falschen Link. Bitte warten Sie etwas"),
        SEARCH(Duration.ofMinutes(1),
                "Too many searches; please wait a moment", "Sehr viele Suchen in kurzer Zeit. Bitte warten Sie einen Moment"),
        RATING(Duration.ofHours(1),
                "You have rated many articles; please wait", "Sie haben sehr viele Artikel bewertet. Bitte warten Sie etwas"),
        /**
         * Counted per request (its number), from every address: a lock against guessing one request's code
         * from many addresses. Above the per-address limit, so that no single address can lock a request.
         */
        WRONG_CODES_PER_TICKET(Duration.ofHours(1),
                "Too many wrong codes for this request; it is locked for a while",
                "Zu viele falsche Codes für diese Anfrage. Sie ist für eine Weile gesperrt");

        private final Duration period;
        private final String message;
        private final String germanMessage;

        Operation(Duration period, String message, String germanMessage) {
            this.period = period;
            this.message = message;
            this.germanMessage = germanMessage;
        }
    }

    @Inject
    @ConfigProperties
    PlatformConfig platform;

    @Resource(lookup = Database.SHARED_JNDI_NAME)
    DataSource shared;

    @Inject
    Clock clock;

    private final Map<Operation, UseLimiter> limiters = new EnumMap<>(Operation.class);

    @PostConstruct
    void configure() {
        for (var operation : Operation.values()) {
            limiters.put(operation, limiter(operation.name().toLowerCase(Locale.ROOT).replace('_', '-'), platform.limit(operation),
                    operation.period));
        }
    }

    /**
     * A limiter of {@code capacity} uses per {@code period} and key, named {@code name} (unique among limiters;
     * lower-case letters, digits and '-'): in memory, or in the database when the servers share their limits.
     */
    public UseLimiter limiter(String name, int capacity, Duration period) {
        DatabaseRateLimiter.validName(name); // the same names in memory, so that switching modes never fails
        return platform.sharedLimits() ? new DatabaseRateLimiter(shared, name, capacity, period, clock)
                : new RateLimiter(capacity, period);
    }

    /** Counts one of the operation for the calling client, or refuses it with {@link TooManyRequests}. */
    public void take(Operation operation) {
        client().ifPresent(address -> refuseIfWaiting(operation, limiters.get(operation).take(address)));
    }

    /** Refuses with {@link TooManyRequests} when the client has none of the operation left, without counting. */
    public void check(Operation operation) {
        client().ifPresent(address -> refuseIfWaiting(operation, limiters.get(operation).peek(address)));
    }

    /** Counts one that happened (e.g. a failed look-up), never refusing: the next {@link #check} will. */
    public void count(Operation operation) {
        client().ifPresent(address -> limiters.get(operation).take(address));
    }

    /** {@link #check(Operation)} for a key of the operation's own (e.g. a ticket number), not the client. */
    public void check(Operation operation, String key) {
        refuseIfWaiting(operation, limiters.get(operation).peek(key));
    }

    /** {@link #count(Operation)} for a key of the operation's own. */
    public void count(Operation operation, String key) {
        limiters.get(operation).take(key);
    }

    private static void refuseIfWaiting(Operation operation, long retryAfterSeconds) {
        if (retryAfterSeconds > 0) {
            throw new TooManyRequests(retryAfterSeconds, operation.message, operation.germanMessage);
        }
    }

    private static Optional<String> client() {
        return ClientAddress.current();
    }
}
