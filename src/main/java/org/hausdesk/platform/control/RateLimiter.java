package org.hausdesk.platform.control;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key, in this server's memory: {@code capacity} requests, refilled evenly over {@code period}.
 * Memory stays bounded: full buckets are forgotten now and then, and at most {@value #MAX_KEYS} keys are kept.
 */
public final class RateLimiter implements UseLimiter {

    static final int MAX_KEYS = 100_000;

    private final int capacity;
    private final double perNano;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, Duration period) {
        this(capacity, period, System::nanoTime);
    }

    RateLimiter(int capacity, Duration period, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.perNano = capacity / (double) period.toNanos();
        this.clock = nanoClock;
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    @Override
    public long use(String key, boolean take) {
        if (buckets.size() > MAX_KEYS) {
            forgetFull();
        }
        long now = clock.getAsLong();
        var bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * perNano);
            bucket.updated = now;
            if (bucket.tokens >= 1 - 1e-9) { // a token refilled exactly now counts, whatever the last bit of a double says
                if (take) {
                    bucket.tokens -= 1;
                }
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9 - 1e-6)); // 900.0000001 s is 900 s
        }
    }

    private void forgetFull() {
        long now = clock.getAsLong();
        buckets.entrySet().removeIf(e -> e.getValue().tokens + (now - e.getValue().updated) * perNano >= capacity);
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
    }
}
