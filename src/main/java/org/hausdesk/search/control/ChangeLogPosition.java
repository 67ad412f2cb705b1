package org.hausdesk.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * How far the index has followed the change log. The database numbers changes when they are written, but
 * transactions commit in any order: change 11 can be visible while 10 is still being written. So the position
 * remembers the numbers it skipped ("gaps") and asks for them again until they appear or a transaction that long
 * cannot be open any more (then it was rolled back). Everything up to {@link #safe()} is in the index; that is
 * what the index records in its commit and replays from after a crash.
 */
final class ChangeLogPosition {

    /** A jump larger than this is the database skipping numbers (a sequence cache after a restart), not open transactions. */
    static final int LARGEST_GAP = 10_000;

    private final Duration patience;
    private long seen;
    private final TreeMap<Long, Instant> gaps;

    ChangeLogPosition(long safe, Duration patience) {
        this(Math.max(0, safe), patience, new TreeMap<>());
    }

    private ChangeLogPosition(long seen, Duration patience, TreeMap<Long, Instant> gaps) {
        this.seen = seen;
        this.patience = patience;
        this.gaps = gaps;
    }

    ChangeLogPosition copy() {
        return new ChangeLogPosition(seen, patience, new TreeMap<>(gaps));
    }

    /** The highest change number read. */
    long seen() {
        return seen;
    }

    /** Numbers below {@link #seen()} not read yet, to ask for again (all of them: none may be forgotten unasked). */
    List<Long> gaps() {
        return List.copyOf(gaps.keySet());
    }

    /** Notes change numbers just read: new ones move the position, skipped ones become gaps, late ones fill them. */
    void saw(List<Long> ids, Instant now) {
        for (long id : ids.stream().sorted().toList()) {
            if (id > seen) {
                if (id - seen - 1 <= LARGEST_GAP) {
                    for (long skipped = seen + 1; skipped < id; skipped++) {
                        gaps.putIfAbsent(skipped, now);
                    }
                }
                seen = id;
            } else {
                gaps.remove(id);
            }
        }
        gaps.values().removeIf(noticed -> noticed.plus(patience).isBefore(now));
    }

    /** Every change up to this number is in the index. */
    long safe() {
        return gaps.isEmpty() ? seen : Math.min(seen, gaps.firstKey() - 1);
    }
}
