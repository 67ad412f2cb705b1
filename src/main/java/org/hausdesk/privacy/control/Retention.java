package org.hausdesk.privacy.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.control.JobLeases;

/**
 * Closed tickets are anonymised a set time after they were closed ({@code hausdesk.privacy.
 * anonymize-closed-after}, default 180 days), checked every {@code hausdesk.privacy.retention-check-interval}.
 * A round can run twice, or on two nodes at once: a ticket is anonymised once (the row is locked,
 * and an anonymised ticket is skipped).
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    @Inject
    Residents residents;

    @Inject
    Event<Audited> audit;

    @Inject
    @ConfigProperties
    PrivacyConfig settings;

    @Inject
    jakarta.enterprise.inject.Instance<PersonalRecords> records;

    private ScheduledFuture<?> task;

    void start(@Observes ApplicationReady ready) {
        task = scheduler.scheduleWithFixedDelay(() -> leases.runIfHeld("retention", settings.retentionCheckInterval(), this::runQuietly), settings.retentionCheckInterval().toMillis(), settings.retentionCheckInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Closed tickets are anonymised %s after closing (checked every %s)".formatted(settings.anonymizeClosedAfter(), settings.retentionCheckInterval()));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One round; the numbers of the tickets it anonymised. */
    public java.util.List<String> run() {
        var cutoff = residents.now().minus(settings.anonymizeClosedAfter());
        var done = new java.util.ArrayList<String>();
        java.util.List<String> due;
        java.util.List<String> erased;
        do {
            due = residents.closedBefore(cutoff, BATCH);
            erased = residents.erase(due);
            done.addAll(erased);
        } while (due.size() == BATCH && !erased.isEmpty());
        if (!done.isEmpty()) {
            audit.fire(new Audited("Hausdesk", "RETENTION", done.size() + " tickets: " + String.join(", ", done)));
        }
        var movedOut = residents.now().minus(settings.householdsKeptAfterMoveOut());
        for (var kept : records) {
            int removed = kept.removeEndedBefore(movedOut);
            if (removed > 0) {
                audit.fire(new Audited("Hausdesk", "RETENTION", removed + " " + kept.section()));
            }
        }
        return done;
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention round failed; trying again next round", e);
        }
    }
}
