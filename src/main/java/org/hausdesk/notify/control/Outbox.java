package org.hausdesk.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.notify.entity.Channel;
import org.hausdesk.notify.entity.OutboxMessage;
import org.hausdesk.privacy.control.PersonalDataErased;

/** The outbox table: written with the change that causes a message, read by the {@link OutboxDispatcher}. */
@ApplicationScoped
@Transactional
public class Outbox {

    /** How long a node may take to send a message it claimed before another node may try. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    @ConfigProperties
    NotifyConfig settings;

    /** Messages with at least this many failed attempts are shown to coordinators as failing. */
    public static final int FAILING_AFTER = 3;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Channel channel, String recipient, String subject, String text, String html,
                        String ticketNumber) {
        em.persist(new OutboxMessage(channel, recipient, subject, text, html, ticketNumber, clock.instant()));
        written.fire(new OutboxWritten());
    }

    public List<Long> due(int limit) {
        var now = clock.instant();
        return em.createQuery("select m.id from OutboxMessage m where m.sentAt is null and m.gaveUpAt is null "
                        + "and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) "
                        + "order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes a message for sending; of several nodes asking at once, exactly one gets it. */
    public Optional<OutboxMessage> claim(long id) {
        var now = clock.instant();
        int claimed = em.createQuery("update OutboxMessage m set m.claimedUntil = :until where m.id = :id "
                        + "and m.sentAt is null and m.gaveUpAt is null "
                        + "and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 1 ? Optional.ofNullable(em.find(OutboxMessage.class, id)) : Optional.empty();
    }

    public void markSent(long id) {
        Optional.ofNullable(em.find(OutboxMessage.class, id)).ifPresent(m -> m.sent(clock.instant()));
    }

    public void markFailed(long id, String error) {
        Optional.ofNullable(em.find(OutboxMessage.class, id))
                .ifPresent(m -> m.failed(error, clock.instant(), settings.outboxRetryBase(), settings.outboxMaxRetryDelay(), settings.outboxMaxAttempts()));
    }

    /** Unsent messages, the failing ones (several attempts, or given up) first when {@code failingOnly}. */
    public List<OutboxMessage> unsent(boolean failingOnly, String ticketNumber, int limit) {
        var query = em.createQuery("select m from OutboxMessage m where m.sentAt is null "
                        + (failingOnly ? "and (m.attempts >= :failing or m.gaveUpAt is not null) " : "")
                        + (ticketNumber == null ? "" : "and m.ticketNumber = :ticket ")
                        + "order by m.createdAt, m.id", OutboxMessage.class)
                .setMaxResults(limit);
        if (failingOnly) {
            query.setParameter("failing", FAILING_AFTER);
        }
        if (ticketNumber != null) {
            query.setParameter("ticket", ticketNumber);
        }
        return query.getResultList();
    }

    public Optional<OutboxMessage> retryNow(long id) {
        var message = Optional.ofNullable(em.find(OutboxMessage.class, id));
        message.ifPresent(m -> {
            m.retryNow(clock.instant());
            written.fire(new OutboxWritten());
        });
        return message;
    }

    public long count(Channel channel, String ticketNumber, boolean sent) {
        return em.createQuery("select count(m) from OutboxMessage m where m.channel = :channel "
                        + "and m.ticketNumber = :ticket and m.sentAt is " + (sent ? "not null" : "null"), Long.class)
                .setParameter("channel", channel)
                .setParameter("ticket", ticketNumber)
                .getSingleResult();
    }

    /** Every message to this address, sent or not, is deleted (erasure of a resident). */
    public int deleteTo(String recipient) {
        return em.createQuery("delete from OutboxMessage m where lower(m.recipient) = :recipient")
                .setParameter("recipient", recipient.toLowerCase(java.util.Locale.ROOT)).executeUpdate();
    }

    /** A resident's data was erased: every message about their tickets or to their addresses goes too. */
    void on(@Observes PersonalDataErased erased) {
        erased.ticketNumbers().forEach(this::deleteFor);
        erased.addresses().forEach(this::deleteTo); // e.g. sign-in links, which belong to no ticket
    }

    /** Every message about a ticket, sent or not, is deleted (its text may hold the resident's personal data). */
    public int deleteFor(String ticketNumber) {
        return em.createQuery("delete from OutboxMessage m where m.ticketNumber = :number")
                .setParameter("number", ticketNumber).executeUpdate();
    }
}
