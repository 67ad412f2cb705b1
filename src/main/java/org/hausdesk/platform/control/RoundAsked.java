package org.hausdesk.platform.control;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Background work that runs in rounds (apply the change log, send the outbox), asked for after each commit. A round
 * asked for and not yet begun covers everything committed before it begins, so further asks meanwhile hand nothing
 * to the executor: handing a task to the server's managed executor captures the caller's context (it looked through
 * the class path at every call), which cost more than the change itself when residents filed many requests at once.
 */
public final class RoundAsked {

    private final AtomicBoolean asked = new AtomicBoolean();
    private final Runnable round;

    public RoundAsked(Runnable round) {
        this.round = round;
    }

    /** A round soon on {@code executor}, unless one is already waiting to begin. */
    public void ask(Executor executor) {
        if (!asked.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                asked.set(false); // from here on, a new commit needs a round of its own
                round.run();
            });
        } catch (RuntimeException stopping) {
            asked.set(false); // the server stops; the work stays in the database for the next start
            throw stopping;
        }
    }
}
