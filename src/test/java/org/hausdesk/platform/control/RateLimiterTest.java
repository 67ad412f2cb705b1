package org.hausdesk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), now::get);

    @Test
    void allowsTheCapacityThenSaysHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.take("10.0.0.1"));
        }
        assertEquals(60, limiter.take("10.0.0.1"), "one comes back per minute");
        assertEquals(0, limiter.take("10.0.0.2"), "another address has its own");

        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertEquals(0, limiter.take("10.0.0.1"));
        assertTrue(limiter.take("10.0.0.1") > 0);
    }

    @Test
    void peekingTakesNothing() {
        for (int i = 0; i < 10; i++) {
            assertEquals(0, limiter.peek("10.0.0.1"));
        }
        assertEquals(0, limiter.take("10.0.0.1"));
    }
}
