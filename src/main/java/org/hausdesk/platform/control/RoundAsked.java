package org.hausdesk.platform.control;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Background work that runs in rounds (apply the change log, send the outbox), asked for after each commit. A round
 * asked for and not yet begun covers everything committed before it begins, so further asks meanwhile hand nothing
 * to the executor: handing a task to the server's managed executor captures the caller's context (it looked through
 * the class path at every call), which cost more than the change itself when residents filed many requests at once.
 * A hand-over that has not begun after {@link #STALE} is taken as lost (an executor may drop a task it cannot set up)
 * and the next ask hands over again, so a lost task never silences the asks for good.
 */
public final class RoundAsked {

    static final Duration STALE = Duration.ofSeconds(5);
    private static final long NONE = Long.MIN_VALUE;

    /** When the waiting hand-over was made (nanoseconds), or {@link #NONE}. */
    private final AtomicLong askedAt = new AtomicLong(NONE);
    private final Runnable round;
    private final LongSupplier nanoTime;

    public RoundAsked(Runnable round) {
        this(round, System::nanoTime);
    }

    RoundAsked(Runnable round, LongSupplier nanoTime) {
        this.round = round;
        this.nanoTime = nanoTime;
    }

    /** A round soon on {@code executor}, unless one handed over less than {@link #STALE} ago is waiting to begin. */
    public void ask(Executor executor) {
        long now = nanoTime.getAsLong();
        long waiting = askedAt.get();
        if (waiting != NONE && now - waiting < STALE.toNanos() || !askedAt.compareAndSet(waiting, now)) {
            return;
        }
        try {
            executor.execute(() -> {
                askedAt.set(NONE); // from here on, a new commit needs a round of its own
                round.run();
            });
        } catch (RuntimeException stopping) {
            askedAt.compareAndSet(now, NONE); // the server stops; the work stays in the database for the next start
            throw stopping;
        }
    }
}
