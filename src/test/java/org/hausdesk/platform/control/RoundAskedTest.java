package org.hausdesk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rounds of background work asked for after each commit: one waiting round covers every ask before it begins. */
class RoundAskedTest {

    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    private final AtomicInteger rounds = new AtomicInteger();

    @Test
    void asksBeforeTheRoundBeginsShareIt() {
        var round = new RoundAsked(rounds::incrementAndGet);
        round.ask(queued::add);
        round.ask(queued::add);
        round.ask(queued::add);
        assertEquals(1, queued.size(), "one task for three commits");
        queued.poll().run();
        assertEquals(1, rounds.get());
    }

    @Test
    void anAskWhileTheRoundRunsGetsARoundOfItsOwn() {
        // a commit after the round began may not be seen by it
        var round = new RoundAsked[1];
        round[0] = new RoundAsked(() -> {
            if (rounds.incrementAndGet() == 1) {
                round[0].ask(queued::add);
            }
        });
        round[0].ask(queued::add);
        queued.poll().run();
        assertEquals(1, queued.size(), "the commit during the first round is covered by a second");
        queued.poll().run();
        assertEquals(2, rounds.get());
    }

    @Test
    void aHandOverThatNeverBeginsIsMadeAgainOnceStale() {
        // an executor may drop a task it cannot set up: the asks after it must not go unheard for good
        var now = new long[] {0};
        var round = new RoundAsked(rounds::incrementAndGet, () -> now[0]);
        round.ask(task -> { }); // dropped
        now[0] += RoundAsked.STALE.toNanos() - 1;
        round.ask(queued::add);
        assertEquals(0, queued.size(), "still waiting for the first");
        now[0] += 1;
        round.ask(queued::add);
        assertEquals(1, queued.size(), "handed over again");
        queued.poll().run();
        assertEquals(1, rounds.get());
    }

    @Test
    void anExecutorThatRefusesLeavesNothingWaiting() {
        var round = new RoundAsked(rounds::incrementAndGet);
        assertThrows(RejectedExecutionException.class, () -> round.ask(task -> {
            throw new RejectedExecutionException("stopping");
        }));
        round.ask(queued::add);
        assertEquals(1, queued.size(), "the next ask is handed over again");
    }
}
