package org.hausdesk.notify.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.notify.entity.OutboxMessage;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.RoundAsked;

/**
 * Sends what is in the outbox: right after the transaction that wrote it committed, and in regular
 * rounds for retries (and for messages of a node that stopped before sending). Sending happens
 * outside any transaction, so a slow mail server holds no database lock.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailInbox inbox;

    @Inject
    Outbox outbox;

    @Inject
    MailSender mail;

    @Inject
    WebhookSender webhook;

    @Inject
    @ConfigProperties
    NotifyConfig settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final RoundAsked round = new RoundAsked(this::deliverDue);
    private ScheduledFuture<?> task;

    void start(@Observes ApplicationReady ready) {
        task = scheduler.scheduleWithFixedDelay(this::deliverDue, 0, settings.outboxPollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        round.ask(executor);
    }

    /**
     * Sends every due message; a call while a round is running makes that round go once more. The round looks at
     * {@code again} only after it has let go, so a call in between is never lost (it then goes itself).
     */
    public void deliverDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            round();
        }
    }

    /**
     * A whole round that begins after this call and ends before it returns, waiting for one that is running (a call
     * of {@link #deliverDue()} then returns at once): for a caller that looks at the outbox next, as the integration
     * tests' rounds do.
     */
    public void deliverDueNow() {
        var deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!running.compareAndSet(false, true)) {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() > deadline) {
                throw new IllegalStateException("an outbox round has been running for a minute, or this call was interrupted");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        round();
        if (again.get()) { // asked meanwhile: that call left its round to this one
            deliverDue();
        }
    }

    /** One round; the caller holds {@code running}, which the round lets go. */
    private void round() {
        try {
            again.set(false);
            for (var id : outbox.due(BATCH)) {
                outbox.claim(id).ifPresent(this::deliver);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed; trying again next round", e);
        } finally {
            running.set(false);
        }
    }

    /** A mail about a ticket is answered to the ticket's address signed for its recipient, when Hausdesk reads mail. */
    private String replyTo(OutboxMessage message) {
        return message.ticketNumber() == null ? null
                : inbox.addresses().map(a -> a.forTicket(message.ticketNumber(), message.recipient())).orElse(null);
    }

    private void deliver(OutboxMessage message) {
        try {
            switch (message.channel()) {
                case MAIL -> mail.send(message.recipient(), message.subject(), message.bodyText(), message.bodyHtml(),
                        replyTo(message));
                case WEBHOOK -> webhook.send(message.recipient(), message.bodyText());
            }
            outbox.markSent(message.id());
        } catch (Exception e) {
            var error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.INFO, () -> "Sending outbox message %d failed (%s); will retry".formatted(message.id(), error));
            outbox.markFailed(message.id(), error);
        }
    }
}
