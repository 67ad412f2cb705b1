package org.hausdesk.it.time;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The integration tests' clock, added to the test deployment only (never to the jar): the system's time plus
 * an offset the tests move forward ({@link TestClockResource}), so that a test of "30 days after closing" or
 * "after the retention time" jumps instead of waiting. It replaces the application's clock producer as an
 * alternative with a priority; time only ever moves forward, because other tests share the server.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock {

    private final Clock system = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private volatile Duration offset = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted();
    }

    /** Moves the clock forward and returns the new time. */
    public synchronized Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        offset = offset.plus(by);
        return now();
    }

    public Instant now() {
        return system.instant().plus(offset);
    }

    private final class Shifted extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(system.withZone(zone), offset);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
