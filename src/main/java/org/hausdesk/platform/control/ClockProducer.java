package org.hausdesk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one source of time: rules about hours and days take the injected clock, so tests can fix it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // microseconds: what both databases store, so a time read back equals the time written
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
