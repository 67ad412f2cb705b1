package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transactions commit in any order: the index never records a position beyond a change it has not seen. */
class ChangeLogPositionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final ChangeLogPosition position = new ChangeLogPosition(0, Duration.ofMinutes(5));

    @Test
    void changesInOrderMoveThePosition() {
        position.saw(List.of(1L, 2L, 3L), NOW);
        assertEquals(3, position.safe());
        assertEquals(List.of(), position.gaps());
    }

    @Test
    void aChangeCommittedLateIsAskedForAgainAndHoldsThePositionBack() {
        position.saw(List.of(1L, 2L, 4L, 6L), NOW);
        assertEquals(6, position.seen());
        assertEquals(List.of(3L, 5L), position.gaps());
        assertEquals(2, position.safe(), "3 may still come: a restart replays from 3");

        position.saw(List.of(3L), NOW.plusSeconds(1));
        assertEquals(4, position.safe());
        position.saw(List.of(5L), NOW.plusSeconds(2));
        assertEquals(6, position.safe());
    }

    @Test
    void aNumberThatNeverComesWasRolledBackAndIsGivenUp() {
        position.saw(List.of(1L, 3L), NOW);
        assertEquals(1, position.safe());
        position.saw(List.of(), NOW.plus(Duration.ofMinutes(4)));
        assertEquals(1, position.safe(), "still waiting for 2");
        position.saw(List.of(), NOW.plus(Duration.ofMinutes(6)));
        assertEquals(3, position.safe());
    }

    @Test
    void aJumpOfTheDatabasesNumberingIsNoGap() {
        position.saw(List.of(1L, 50_000L), NOW);
        assertEquals(50_000, position.safe());
    }

    @Test
    void aCopyIsChangedAloneUntilItsBatchIsInTheIndex() {
        position.saw(List.of(1L), NOW);
        var next = position.copy();
        next.saw(List.of(3L), NOW);
        assertEquals(1, position.seen());
        assertEquals(List.of(), position.gaps());
        assertEquals(List.of(2L), next.gaps());
    }

    @Test
    void startsFromTheIndexsRecordedPosition() {
        var restarted = new ChangeLogPosition(41, Duration.ofMinutes(5));
        restarted.saw(List.of(42L, 43L), NOW);
        assertEquals(43, restarted.safe());
        assertEquals(0, new ChangeLogPosition(-1, Duration.ofMinutes(5)).seen(), "unknown: from the beginning");
    }
}
