package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.RuleViolation;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Priority;
import org.hausdesk.ticket.entity.Requester;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;

/**
 * The use cases on tickets. Every method that takes an account or a token returns or changes a
 * ticket only if that caller may see it; otherwise it behaves as if the ticket did not exist.
 */
@ApplicationScoped
@Transactional
public class Tickets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TicketNumbers numbers;

    /** A filed ticket and the resident's private token, which exists only in this answer. */
    public record Filed(Ticket ticket, String accessToken) {
    }

    public Filed file(House house, Category category, String subject, String description, Requester requester) {
        var token = AccessTokens.newToken();
        var ticket = new Ticket(numbers.next(), em.merge(house), category, subject, description, requester,
                AccessTokens.hash(token), clock.instant());
        em.persist(ticket);
        return new Filed(ticket, token);
    }

    public Optional<Ticket> forResident(String number, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        var hash = AccessTokens.hash(token.strip());
        return byNumber(number, LockModeType.NONE).filter(t -> t.acceptsToken(hash));
    }

    public Optional<Ticket> forStaff(String number, Account account) {
        return byNumber(number, LockModeType.NONE).filter(t -> account.worksFor(t.house()));
    }

    public Optional<Ticket> claim(String number, Account helper) {
        return lockedForStaff(number, helper).map(ticket -> {
            ticket.claim(helper, clock.instant());
            return ticket;
        });
    }

    public Optional<Ticket> replyAsHelper(String number, Account helper, String body, boolean askBack) {
        return lockedForStaff(number, helper).map(ticket -> {
            ticket.replyAsHelper(helper, body, askBack, clock.instant());
            return ticket;
        });
    }

    public Optional<Ticket> addNote(String number, Account helper, String body) {
        return lockedForStaff(number, helper).map(ticket -> {
            ticket.addNote(helper, body, clock.instant());
            return ticket;
        });
    }

    /** {@code seenVersion} is the version the helper's change is based on; a newer ticket means someone else changed it. */
    public Optional<Ticket> changeState(String number, Account actor, TicketState target, long seenVersion) {
        return lockedForStaff(number, actor).map(ticket -> {
            requireVersion(ticket, seenVersion);
            ticket.changeState(actor, target, clock.instant());
            return ticket;
        });
    }

    public Optional<Ticket> changePriority(String number, Account actor, Priority priority, long seenVersion) {
        return lockedForStaff(number, actor).map(ticket -> {
            requireVersion(ticket, seenVersion);
            ticket.changePriority(actor, priority, clock.instant());
            return ticket;
        });
    }

    public Optional<Ticket> replyAsResident(String number, String token, String body) {
        return forResident(number, token).map(ticket -> {
            em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
            ticket.replyAsResident(body, clock.instant());
            return ticket;
        });
    }

    public Optional<Ticket> confirmSolved(String number, String token) {
        return forResident(number, token).map(ticket -> {
            em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
            ticket.confirmSolved(clock.instant());
            return ticket;
        });
    }

    private static void requireVersion(Ticket ticket, long seenVersion) {
        if (ticket.version() != seenVersion) {
            throw new RuleViolation("Ticket %s was changed in the meantime (version %d, yours %d): reload it and try again"
                    .formatted(ticket.number(), ticket.version(), seenVersion));
        }
    }

    private Optional<Ticket> lockedForStaff(String number, Account account) {
        return byNumber(number, LockModeType.PESSIMISTIC_WRITE).filter(t -> account.worksFor(t.house()));
    }

    private Optional<Ticket> byNumber(String number, LockModeType lock) {
        if (number == null || !number.matches("\\d{4}-\\d{4,9}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class)
                .setParameter("number", number)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
