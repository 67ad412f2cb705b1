package org.hausdesk.notify.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.entity.Account;
import org.hausdesk.notify.entity.Channel;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.JobLeases;
import org.hausdesk.ticket.control.Digests;

/**
 * The helpers' daily summary e-mail, for those who chose it: from {@code summary-hour} on, once per day and
 * helper. A node sends a helper's summary only after it moved the helper's "sent on" day forward itself, in the
 * same transaction as the message goes into the outbox, so that several nodes (or a restart) never send two.
 * A day with nothing to say sends nothing.
 */
@ApplicationScoped
public class DailySummary {

    private static final Logger LOG = Logger.getLogger(DailySummary.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperties
    NotifyConfig settings;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    OneHelper oneHelper;

    private ScheduledFuture<?> task;

    void start(@Observes ApplicationReady ready) {
        var every = settings.summaryCheckInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(() -> leases.runIfHeld("daily-summary", Duration.ofMillis(every), this::sendDue), every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One round: every helper whose summary of today is due. @return how many summaries went into the outbox */
    public int sendDue() {
        try {
            var now = clock.instant();
            var today = LocalDate.ofInstant(now, zone);
            if (now.atZone(zone).getHour() < settings.summaryHour()) {
                return 0;
            }
            int sent = 0;
            for (var id : oneHelper.due(today)) {
                if (oneHelper.send(id, today, now)) {
                    sent++;
                }
            }
            return sent;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily summary round failed; trying again next round", e);
            return 0;
        }
    }

    /** The transactional steps, each helper in a transaction of its own. */
    @ApplicationScoped
    public static class OneHelper {

        @PersistenceContext
        EntityManager em;

        @Inject
        Digests digests;

        @Inject
        MailTexts texts;

        @Inject
        Outbox outbox;

        @Transactional
        public List<Long> due(LocalDate today) {
            return em.createQuery("select a.id from Account a where a.dailySummary = true and a.active = true "
                            + "and a.email is not null and (a.summarySentOn is null or a.summarySentOn < :today)", Long.class)
                    .setParameter("today", today).getResultList();
        }

        /** @return whether a summary went into the outbox (false: another node was first, or nothing to say) */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean send(long id, LocalDate today, Instant now) {
            int claimed = em.createQuery("update Account a set a.summarySentOn = :today where a.id = :id "
                            + "and a.dailySummary = true and (a.summarySentOn is null or a.summarySentOn < :today)")
                    .setParameter("today", today).setParameter("id", id).executeUpdate();
            if (claimed != 1) {
                return false;
            }
            var helper = em.find(Account.class, id);
            if (helper == null || helper.email() == null || helper.email().isBlank()) {
                return false;
            }
            var digest = digests.of(helper, now.minus(Duration.ofDays(1)), now);
            if (digest.isEmpty()) {
                return false;
            }
            var mail = texts.summary(helper, digest, today);
            outbox.enqueue(Channel.MAIL, helper.email(), mail.subject(), mail.text(), mail.html(), null);
            return true;
        }
    }
}
