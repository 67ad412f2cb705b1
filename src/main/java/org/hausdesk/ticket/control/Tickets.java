package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.control.Absences;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.control.RateLimits;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.RuleViolation;
import org.hausdesk.platform.entity.TooManyRequests;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Outage;
import org.hausdesk.ticket.entity.Priority;
import org.hausdesk.ticket.entity.Requester;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;
import org.hausdesk.ticket.entity.TicketToken;

/**
 * The use cases on tickets. Every method that takes an account or a token returns or changes a
 * ticket only if that caller may see it; otherwise it behaves as if the ticket did not exist.
 * Whatever happened is announced as {@link TicketHappened} within the same transaction.
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

    @Inject
    Filing filing;

    @Inject
    ResidentMail residentMail;

    @Inject
    Event<TicketHappened> happened;

    @Inject
    RateLimits limits;

    @Inject
    org.hausdesk.account.control.Accounts accounts;

    @Inject
    @ConfigProperties
    TicketConfig settings;

    /** A filed ticket and the resident's private token, which exists only in this answer. */
    public record Filed(Ticket ticket, String accessToken) {
    }

    /**
     * Files a request. {@code filedBy} is the helper filing for a resident who phoned or knocked, or
     * {@code null}. When every helper of the house is away, the ticket goes straight to the shared queue.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Filed file(@NotNull House house, Category category,
                      @NotBlank @Size(max = Ticket.SUBJECT_MAX) String subject,
                      @NotBlank @Size(max = Ticket.TEXT_MAX) String description,
                      @NotNull @Valid Requester requester, String language, Account filedBy) {
        if (filedBy == null) {
            limits.take(RateLimits.Operation.FILING);
        }
        // the number first, in its own short transaction (TicketNumbers); then the ticket in the caller's
        // transaction, or in one of its own
        return filing.file(numbers.draw(), house, category, subject, description, requester, language, filedBy);
    }

    /** Writes a filed ticket under a number already drawn, in one transaction. */
    @ApplicationScoped
    @Transactional
    public static class Filing {

        @PersistenceContext
        EntityManager em;

        @Inject
        Clock clock;

        @Inject
        Absences absences;

        @Inject
        Event<TicketHappened> happened;

        public Filed file(String number, House house, Category category, String subject, String description,
                   Requester requester, String language, Account filedBy) {
            var token = AccessTokens.newToken();
            var now = clock.instant();
            // asked before the ticket exists: a query first writes what is pending, so asked after persist it wrote
            // the ticket early and an automatic escalation then as a second statement; now the ticket's first write
            // already holds its escalation
            boolean nobodyThere = absences.allHelpersAway(house);
            var ticket = new Ticket(number, em.merge(house), category, subject, description, requester,
                    language, filedBy, AccessTokens.hash(token), now);
            em.persist(ticket);
            if (nobodyThere) {
                ticket.escalateAutomatically("Alle IT-Beauftragten von %s sind gerade abwesend."
                        .formatted(ticket.house().name()), now);
            }
            ticket.takeNewEvents().forEach(event -> happened.fire(new TicketHappened(ticket, event, token)));
            return new Filed(ticket, token);
        }
    }

    /**
     * The ticket a private link or access code opens. Every way of using one (page, API, download,
     * export, the number-and-code form) comes here, so wrong ones are counted per client address,
     * whatever path they came by, and per ticket number: after repeated failures from anywhere the
     * request is locked for a while ({@link TooManyRequests}), the same for numbers that do not exist.
     */
    /**
     * A resident asks on the page of their request for its private link by e-mail, to the address they type:
     * the mail carries the code they used here. False when the link is wrong or the mail cannot be sent.
     */
    public boolean mailPrivateLink(String number, String token, String email) {
        return forResident(number, token)
                .map(ticket -> residentMail.privateLink(ticket, AccessTokens.plain(token), email.strip()))
                .orElse(false);
    }

    public Optional<Ticket> forResident(String number, String token) {
        if (token == null) {
            return Optional.empty();
        }
        limits.check(RateLimits.Operation.FAILED_LOOKUP);
        boolean wellFormed = wellFormed(number);
        if (wellFormed) {
            limits.check(RateLimits.Operation.WRONG_CODES_PER_TICKET, number);
        }
        Optional<Ticket> found = token.isBlank() || !wellFormed ? Optional.empty()
                : em.createNamedQuery(TicketToken.VALID, Ticket.class)
                .setParameter("hash", AccessTokens.hash(token))
                .setParameter("number", number)
                .setParameter("closedAfter", clock.instant().minus(settings.linkValidAfterClose()))
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            limits.count(RateLimits.Operation.FAILED_LOOKUP);
            if (wellFormed) {
                limits.count(RateLimits.Operation.WRONG_CODES_PER_TICKET, number);
            }
        }
        return found;
    }

    public Optional<Ticket> forStaff(String number, Account account) {
        return byNumber(number, LockModeType.NONE).filter(t -> t.mayBeWorkedBy(account));
    }

    /**
     * Every private link of the ticket stops working and one new link is made: the resident asks for it
     * with their link (one was passed on by mistake), or a helper for a resident who lost theirs (to
     * read it out on the phone). Empty when the link or helper may not.
     */
    public Optional<String> renewLink(String number, String token, Account staff) {
        var ticket = staff != null ? byNumber(number, LockModeType.PESSIMISTIC_WRITE).filter(t -> t.mayBeWorkedBy(staff))
                : forResident(number, token);
        return ticket.map(t -> {
            em.lock(t, LockModeType.PESSIMISTIC_WRITE);
            t.revokeLinks(clock.instant());
            return newAccessToken(t);
        });
    }

    /**
     * Removes the resident's personal data from one ticket ({@link Ticket#anonymize}); the search
     * index hears of it like of any change. False when there is no such ticket or it was done before.
     */
    public boolean anonymize(String number, Function<Ticket, UnaryOperator<String>> redactFor) {
        return byNumber(number, LockModeType.PESSIMISTIC_WRITE).map(ticket -> {
            boolean done = ticket.anonymize(redactFor.apply(ticket), clock.instant());
            if (done) {
                announce(ticket);
            }
            return done;
        }).orElse(false);
    }

    /** A new private link for the resident (e.g. for an e-mail); the raw token exists only in the answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String newAccessToken(Ticket ticket) {
        var token = AccessTokens.newToken();
        ticket.addToken(AccessTokens.hash(token), clock.instant());
        return token;
    }

    public Optional<Ticket> claim(String number, Account helper) {
        return change(number, helper, ticket -> ticket.claim(helper, clock.instant()));
    }

    public Optional<Ticket> replyAsHelper(String number, Account helper,
                                          @NotBlank @Size(max = Ticket.TEXT_MAX) String body, boolean askBack) {
        return change(number, helper, ticket -> ticket.replyAsHelper(helper, body, askBack, clock.instant()));
    }

    /**
     * Solves the ticket with a solution: the resident gets it as a reply and the ticket is solved, in one
     * transaction, so that a helper who may not solve it sends nothing either.
     */
    public Optional<Ticket> solve(String number, Account helper,
                                  @NotBlank @Size(max = Ticket.TEXT_MAX) String body) {
        return change(number, helper, ticket -> {
            var now = clock.instant();
            ticket.replyAsHelper(helper, body, false, now);
            ticket.changeState(helper, TicketState.SOLVED, now);
        });
    }

    public Optional<Ticket> addNote(String number, Account helper, @NotBlank @Size(max = Ticket.TEXT_MAX) String body) {
        return change(number, helper, ticket -> ticket.addNote(helper, body, clock.instant()));
    }

    /** {@code seenVersion} is the version the helper's change is based on; a newer ticket means someone else changed it. */
    public Optional<Ticket> changeState(String number, Account actor, TicketState target, long seenVersion) {
        return change(number, actor, ticket -> {
            requireVersion(ticket, seenVersion);
            ticket.changeState(actor, target, clock.instant());
        });
    }

    public Optional<Ticket> changePriority(String number, Account actor, Priority priority, long seenVersion) {
        return change(number, actor, ticket -> {
            requireVersion(ticket, seenVersion);
            ticket.changePriority(actor, priority, clock.instant());
        });
    }

    public Optional<Ticket> escalate(String number, Account actor,
                                     @NotBlank @Size(max = Ticket.REASON_MAX) String reason) {
        return change(number, actor, ticket -> ticket.escalate(actor, reason, clock.instant()));
    }

    /**
     * One outage for tickets of several houses about the same disruption: they are linked and go to
     * the shared queue. Whoever calls this has checked that the actor may link these tickets.
     *
     * @return the outage and the tickets linked (open ones, not yet linked elsewhere)
     */
    public Linked linkOutage(String title, List<String> numbers, Account actor) {
        var now = clock.instant();
        var outage = new Outage(title, actor.displayName(), now);
        em.persist(outage);
        var linked = new ArrayList<String>();
        for (var number : numbers.stream().distinct().sorted().toList()) {
            var ticket = byNumber(number, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new InvalidInput("There is no ticket " + number));
            if (ticket.linkToOutage(outage, actor, now)) {
                linked.add(number);
                announce(ticket);
            }
        }
        if (linked.size() < 2) {
            throw new RuleViolation("An outage links at least two open tickets; these are closed or linked already");
        }
        return new Linked(outage, linked);
    }

    public record Linked(Outage outage, List<String> tickets) {
    }

    public Optional<Ticket> handBack(String number, Account actor, @Size(max = Ticket.REASON_MAX) String reason) {
        return change(number, actor, ticket -> ticket.handBack(actor, reason, clock.instant()));
    }

    public Optional<Ticket> replyAsResident(String number, String token,
                                            @NotBlank @Size(max = Ticket.TEXT_MAX) String body) {
        return forResident(number, token).map(ticket -> {
            em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
            ticket.replyAsResident(body, clock.instant());
            announce(ticket);
            return ticket;
        });
    }

    /** Who an e-mail reply to a ticket came from, as far as Hausdesk knows the address. */
    public enum MailSender {
        RESIDENT, HELPER, UNKNOWN
    }

    /**
     * A reply that came by e-mail to the ticket's signed reply address: from the resident's own address it is
     * their public reply (reopening as on the page), from the address of a helper who may work on the ticket it
     * is that helper's public reply (never an internal note). Anyone else: nothing changes.
     */
    public MailSender replyByMail(String number, String sender,
                                  @NotBlank @Size(max = Ticket.TEXT_MAX) String body) {
        var ticket = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
        if (ticket.isEmpty() || sender == null) {
            return MailSender.UNKNOWN;
        }
        var t = ticket.get();
        var resident = t.requester().email();
        // a request closed longer ago than its links stay valid is not reopened by mail either
        var expired = t.closedAt() != null && t.closedAt().isBefore(clock.instant().minus(settings.linkValidAfterClose()));
        if (resident != null && resident.strip().equalsIgnoreCase(sender.strip()) && !expired) {
            t.replyAsResident(body, clock.instant());
            announce(t);
            return MailSender.RESIDENT;
        }
        var helper = accounts.activeByEmail(sender).filter(t::mayBeWorkedBy);
        if (helper.isPresent() && t.state().isOpen()) {
            t.replyAsHelper(helper.get(), body, false, clock.instant());
            announce(t);
            return MailSender.HELPER;
        }
        return MailSender.UNKNOWN;
    }

    public Optional<Ticket> confirmSolved(String number, String token) {
        return forResident(number, token).map(ticket -> {
            em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
            ticket.confirmSolved(clock.instant());
            announce(ticket);
            return ticket;
        });
    }

    /** Locks the ticket, so that concurrent changes (two claims) happen one after the other. */
    private Optional<Ticket> change(String number, Account actor, Consumer<Ticket> change) {
        return byNumber(number, LockModeType.PESSIMISTIC_WRITE)
                .filter(t -> t.mayBeWorkedBy(actor))
                .map(ticket -> {
                    change.accept(ticket);
                    announce(ticket);
                    return ticket;
                });
    }

    /** Locks the ticket's row for the rest of the transaction (changes to it happen one after the other). */
    void lock(Ticket ticket) {
        em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
    }

    void announce(Ticket ticket) {
        ticket.takeNewEvents().forEach(event -> happened.fire(new TicketHappened(ticket, event)));
    }

    private static void requireVersion(Ticket ticket, long seenVersion) {
        if (ticket.version() != seenVersion) {
            throw new RuleViolation("Ticket %s was changed in the meantime (version %d, yours %d): reload it and try again"
                    .formatted(ticket.number(), ticket.version(), seenVersion));
        }
    }

    private static boolean wellFormed(String number) {
        return number != null && number.matches("\\d{4}-\\d{4,9}");
    }

    Optional<Ticket> byNumber(String number, LockModeType lock) {
        if (!wellFormed(number)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class)
                .setParameter("number", number)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
