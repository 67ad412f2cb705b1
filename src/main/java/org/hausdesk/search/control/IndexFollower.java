package org.hausdesk.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.kb.control.ArticleChanged;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.RoundAsked;
import org.hausdesk.ticket.control.TicketHappened;
import org.hausdesk.search.entity.IndexChange;

/**
 * Keeps the index up to date from the database's change log. Every ticket or article change writes a row within
 * the transaction of the change (so a change the user was told about cannot be missing from the log); after the commit the
 * follower applies whatever is new in batches: one index commit and one refresh for many changes, so search keeps
 * up under load. It also looks every {@code hausdesk.search.follow-interval} for changes made by another server.
 * At start it replays what is newer than the index's last commit, so a killed process loses nothing.
 */
@ApplicationScoped
public class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
    static final int BATCH = 500;
    /** The change log keeps a week; an index further behind (a server that was off that long) is rebuilt. */
    static final Duration KEPT = Duration.ofDays(7);
    /** A skipped change number not seen after this long belonged to a rolled-back transaction. */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(5);
    /** How long after trying a failed rebuild again it is tried once more, at the soonest. */
    static final Duration REBUILD_RETRY = Duration.ofSeconds(30);

    @Inject
    SearchIndex index;

    @Inject
    SearchSource source;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperties
    SearchConfig settings;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ReentrantLock following = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final RoundAsked round = new RoundAsked(this::catchUp);
    private ChangeLogPosition position;
    private int rebuildsSeen = -1;
    /** When a failed rebuild was last tried again (System.nanoTime, real time as the retries are), or none yet. */
    private volatile long rebuildRetried;
    private volatile boolean rebuildRetriedYet;
    private Instant pruned = Instant.MIN;
    private ScheduledFuture<?> task;

    void start(@Observes ApplicationReady ready) {
        try {
            index.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + settings.indexDir(), e);
        }
        long oldest = source.oldestChange();
        long last = source.lastChange();
        if (index.position() >= 0 && (oldest > 0 && index.position() < oldest - 1 || index.position() > last)
                && index.claimRebuild()) {
            LOG.info(() -> index.position() > last
                    ? "The search index is ahead of the change log (the database was restored or replaced): rebuilding it"
                    : "The search index is further behind than the change log reaches back: rebuilding it");
            executor.execute(index::rebuildClaimed);
        }
        if (index.position() >= 0 && last > index.position()) {
            LOG.info(() -> "The search index is at change %d, the change log at %d: applying the rest"
                    .formatted(index.position(), last));
        }
        task = scheduler.scheduleWithFixedDelay(this::catchUp, 0, settings.followInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void recordArticle(@Observes ArticleChanged changed) {
        source.record(Fields.ARTICLE, changed.slug(), clock.instant());
    }

    void recordTicket(@Observes TicketHappened happened) {
        source.record(Fields.TICKET, happened.ticket().number(), clock.instant());
    }

    void afterArticle(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged changed) {
        round.ask(executor);
    }

    void afterTicket(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketHappened happened) {
        round.ask(executor);
    }

    /** Applies everything new in the change log; a call while a round runs makes that round look once more. */
    public void catchUp() {
        retryFailedRebuild();
        again.set(true);
        while (again.get() && following.tryLock()) {
            try {
                again.set(false);
                while (step()) {
                    // the next batch
                }
                prune();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Following the change log failed; trying again next round", e);
            } finally {
                following.unlock();
            }
        }
    }

    /**
     * A rebuild that failed (the database away for a moment, a full disk, or, once seen at start, the server's class
     * loader closing under a rebuild begun while the application was still being deployed) is tried again at the next
     * round, then every {@link #REBUILD_RETRY} at most while it keeps failing; until then the old index serves.
     */
    private void retryFailedRebuild() {
        long now = System.nanoTime();
        if (index.isOpen() && index.owesRebuild()
                && (!rebuildRetriedYet || now - rebuildRetried >= REBUILD_RETRY.toNanos()) && index.claimRebuild()) {
            rebuildRetried = now;
            rebuildRetriedYet = true;
            LOG.info("Trying the failed rebuild of the search index again");
            executor.execute(index::rebuildClaimed);
        }
    }

    /** One batch; true when there may be more. */
    private boolean step() {
        if (!index.isOpen() || index.isRebuilding()) {
            return false;
        }
        if (position == null || rebuildsSeen != index.rebuilds()) {
            rebuildsSeen = index.rebuilds();
            position = new ChangeLogPosition(index.position(), GAP_PATIENCE);
        }
        var batch = source.changesAfter(position.seen(), position.gaps(), BATCH);
        var next = position.copy();
        next.saw(batch.stream().map(IndexChange::id).toList(), clock.instant());
        if (batch.isEmpty()) {
            position = next;
            return false;
        }
        if (!index.apply(source.current(batch), next.safe())) {
            return false;
        }
        position = next;
        return batch.size() >= BATCH;
    }

    private void prune() {
        var now = clock.instant();
        if (pruned.isAfter(now.minus(Duration.ofHours(1)))) {
            return;
        }
        pruned = now;
        int forgotten = source.forgetChangesBefore(now.minus(KEPT));
        if (forgotten > 0) {
            LOG.fine(() -> "Forgot %d changes older than %s".formatted(forgotten, KEPT));
        }
    }
}
