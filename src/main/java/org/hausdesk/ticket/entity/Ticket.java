package org.hausdesk.ticket.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;

/**
 * A resident's request for help, its conversation and its timeline. The rules of who may do what
 * live here, so that every way of changing a ticket (API, pages, timers) obeys the same rules.
 * Every change is recorded as a {@link TicketEvent}; the events of the current unit of work are
 * kept in {@link #takeNewEvents()} for notifications.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = Ticket.BY_NUMBER, query = "select t from Ticket t where t.number = :number")
public class Ticket {

    public static final String BY_NUMBER = "Ticket.byNumber";
    /** Longest subject, text (description, reply, note, solution) and reason (escalation, hand-back), in characters. */
    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int REASON_MAX = 1_000;

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    /** The number people say on the phone: year and a running count, e.g. {@code 2026-0042}. */
    @Column(nullable = false, unique = true, length = 20)
    private String number;

    /** The outage this ticket is one of, if a helper linked it to one. */
    @ManyToOne
    @JoinColumn(name = "outage_id")
    private Outage outage;

    @ManyToOne(optional = false)
    @JoinColumn(name = "house_id", nullable = false)
    private House house;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Escalation escalation;

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    /** The helper who filed it for a resident who phoned or knocked; {@code null} when the resident filed it. */
    @ManyToOne
    @JoinColumn(name = "filed_by_id")
    private Account filedBy;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = TEXT_MAX)
    private String description;

    @Column(name = "requester_name", nullable = false, length = 120)
    private String requesterName;

    @Column(name = "requester_phone", length = 40)
    private String requesterPhone;

    @Column(name = "requester_email", length = 254)
    private String requesterEmail;

    @Column(name = "requester_door", length = 120)
    private String requesterDoor;

    /** The resident's language for e-mails: de or en. */
    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "ever_escalated", nullable = false)
    private boolean everEscalated;

    /** Set once when Hausdesk escalated by itself, so that it never does so twice for the same ticket. */
    @Column(name = "auto_escalated_at")
    private Instant autoEscalatedAt;

    @Column(name = "first_reply_seconds")
    private Long firstReplySeconds;

    @Column(name = "solved_at")
    private Instant solvedAt;

    /** When the resident last wrote after filing; {@code null}: not since filing. */
    @Column(name = "resident_wrote_at")
    private Instant residentWroteAt;

    /**
     * Since when the resident waits for a helper's answer: from filing, or from their first message after a
     * helper's answer; {@code null} while a helper answered last or once the ticket is solved.
     */
    @Column(name = "awaiting_since")
    private Instant awaitingSince;

    /** When the resident's personal data was removed from the ticket (null: not yet). */
    @Column(name = "anonymized_at")
    private Instant anonymizedAt;

    /** When the ticket was closed (null while it is not): its private links expire a set time after. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt ASC, id ASC")
    private List<TicketEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt ASC, id ASC")
    private List<TicketEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt ASC, id ASC")
    private List<Attachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TicketToken> tokens = new ArrayList<>();

    @Transient
    private List<TicketEvent> newEvents = new ArrayList<>();

    protected Ticket() {
    }

    /**
     * @param filedBy the helper filing for a resident, or {@code null} when the resident files
     * @param tokenHash SHA-256 of the resident's first private token
     */
    public Ticket(String number, House house, Category category, String subject, String description,
                  Requester requester, String language, Account filedBy, String tokenHash, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.house = Objects.requireNonNull(house);
        this.category = Objects.requireNonNull(category);
        this.subject = Objects.requireNonNull(subject).strip();
        this.description = Objects.requireNonNull(description).strip();
        this.requesterName = requester.name();
        this.requesterPhone = requester.phone();
        this.requesterEmail = requester.email();
        this.requesterDoor = requester.door();
        this.language = "en".equals(language) ? "en" : "de";
        this.priority = Priority.NORMAL;
        this.state = TicketState.NEW;
        this.escalation = Escalation.HOUSE;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        this.awaitingSince = now;
        if (filedBy != null) {
            requireMayWork(filedBy);
            this.filedBy = filedBy;
        }
        addToken(tokenHash, now);
        record(TicketEventType.FILED, filedBy, filedBy == null ? requesterName : filedBy.displayName(),
                filedBy == null ? null : "für " + requesterName, now);
    }

    /**
     * Who may see and work on this ticket: its house's helpers, every helper while it is in the
     * shared queue, whoever has claimed it, and coordinators.
     */
    public boolean mayBeWorkedBy(Account account) {
        return account != null && account.active()
                && (account.worksFor(house) || escalation == Escalation.SHARED || account.equals(assignee));
    }

    /**
     * A helper takes the ticket. Claiming one's own ticket again changes nothing; a ticket someone
     * else has is refused with that person's name, so the loser of a race knows whom to talk to.
     */
    public void claim(Account helper, Instant now) {
        requireMayWork(helper);
        if (assignee != null && !assignee.equals(helper)) {
            throw new RuleViolation("Ticket %s is already claimed by %s".formatted(number, assignee.displayName()));
        }
        if (state == TicketState.CLOSED) {
            throw new RuleViolation("Ticket %s is closed; reopen it before claiming it".formatted(number));
        }
        if (helper.equals(assignee)) {
            return;
        }
        assignee = helper;
        if (state == TicketState.NEW) {
            state = TicketState.IN_PROGRESS;
        }
        record(TicketEventType.CLAIMED, helper, helper.displayName(), null, now);
    }

    /**
     * A helper answers the resident. An unclaimed ticket becomes theirs; {@code askBack} means the
     * helper needs an answer from the resident, so the ticket waits for them.
     */
    public TicketEntry replyAsHelper(Account helper, String body, boolean askBack, Instant now) {
        requireMayWork(helper);
        if (state == TicketState.CLOSED) {
            throw new RuleViolation("Ticket %s is closed; reopen it before replying".formatted(number));
        }
        if (assignee == null) {
            claim(helper, now);
        }
        if (askBack) {
            state = TicketState.WAITING;
        } else if (state == TicketState.NEW || state == TicketState.WAITING) {
            state = TicketState.IN_PROGRESS;
        }
        if (firstReplySeconds == null) {
            firstReplySeconds = Math.max(0, Duration.between(createdAt, now).toSeconds());
        }
        awaitingSince = null;
        var entry = append(EntryKind.REPLY, helper, helper.displayName(), body, now);
        record(askBack ? TicketEventType.ASKED_BACK : TicketEventType.REPLIED, helper, helper.displayName(),
                null, now);
        return entry;
    }

    /** The resident writes. Any answer from them means the ticket needs a helper again: it reopens. */
    public TicketEntry replyAsResident(String body, Instant now) {
        var entry = append(EntryKind.REPLY, null, requesterName, body, now);
        record(TicketEventType.RESIDENT_REPLIED, null, requesterName, null, now);
        residentWroteAt = now;
        if (awaitingSince == null) {
            awaitingSince = now;
        }
        if (state != TicketState.NEW) {
            var before = state;
            state = assignee == null ? TicketState.NEW : TicketState.IN_PROGRESS;
            if (before == TicketState.SOLVED || before == TicketState.CLOSED) {
                solvedAt = null;
                closedAt = null;
                record(TicketEventType.REOPENED, null, requesterName, null, now);
            }
        }
        return entry;
    }

    /** An internal note for helpers only; it never changes the state and never reaches the resident. */
    public TicketEntry addNote(Account helper, String body, Instant now) {
        requireMayWork(helper);
        var entry = append(EntryKind.NOTE, helper, helper.displayName(), body, now);
        record(TicketEventType.NOTED, helper, helper.displayName(), null, now);
        return entry;
    }

    /**
     * Moves the ticket along {@link TicketState#successors()}. Only the assignee or a coordinator may,
     * or any helper who may work on it while nobody has claimed it (moving to IN_PROGRESS then claims it).
     */
    public void changeState(Account actor, TicketState target, Instant now) {
        requireMayWork(actor);
        if (assignee != null && !assignee.equals(actor) && !actor.isCoordinator()) {
            throw new NotPermitted("Only %s (who has ticket %s) or a coordinator may change its state"
                    .formatted(assignee.displayName(), number));
        }
        if (target == state) {
            return;
        }
        if (!state.successors().contains(target)) {
            throw new RuleViolation("Ticket %s cannot go from %s to %s".formatted(number, state, target));
        }
        var before = state;
        if (target == TicketState.IN_PROGRESS && assignee == null) {
            assignee = actor;
        }
        state = target;
        var type = switch (target) {
            case SOLVED -> TicketEventType.SOLVED;
            case CLOSED -> TicketEventType.CLOSED;
            default -> before.isOpen() ? TicketEventType.STATE_CHANGED : TicketEventType.REOPENED;
        };
        if (target == TicketState.SOLVED || target == TicketState.CLOSED && solvedAt == null) {
            solvedAt = now;
        } else if (target.isOpen()) {
            solvedAt = null;
        }
        closedAt = target == TicketState.CLOSED ? now : null;
        if (!target.isOpen() || target == TicketState.WAITING) {
            awaitingSince = null; // solved, or now waiting for the resident
        }
        record(type, actor, actor.displayName(), before + " → " + target, now);
    }

    /** The resident confirms that the solution works: the ticket is closed. */
    public void confirmSolved(Instant now) {
        if (state != TicketState.SOLVED) {
            throw new RuleViolation("Only a solved ticket can be confirmed; ticket %s is %s".formatted(number, state));
        }
        state = TicketState.CLOSED;
        closedAt = now;
        awaitingSince = null;
        record(TicketEventType.CLOSED, null, requesterName, null, now);
    }

    public void changePriority(Account actor, Priority priority, Instant now) {
        requireMayWork(actor);
        if (this.priority == priority) {
            return;
        }
        var before = this.priority;
        this.priority = Objects.requireNonNull(priority);
        record(TicketEventType.PRIORITY_CHANGED, actor, actor.displayName(), before + " → " + priority, now);
    }

    /**
     * A helper who is stuck (or away) puts the ticket into the shared queue, where every helper of
     * every house can take it. Whoever had it lets go; the house's helpers keep seeing it.
     */
    public void escalate(Account actor, String reason, Instant now) {
        requireMayWork(actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("Say why the ticket goes to the shared queue");
        }
        requireEscalatable();
        toSharedQueue(now);
        record(TicketEventType.ESCALATED, actor, actor.displayName(), reason.strip(), now);
    }

    /**
     * Hausdesk escalates by itself (nobody claimed it in time, or every helper of the house is away).
     * Happens at most once per ticket and only to a ticket nobody has claimed.
     *
     * @return whether the ticket was escalated now
     */
    public boolean escalateAutomatically(String reason, Instant now) {
        if (autoEscalatedAt != null || escalation == Escalation.SHARED || assignee != null
                || state != TicketState.NEW) {
            return false;
        }
        autoEscalatedAt = now;
        toSharedQueue(now);
        record(TicketEventType.ESCALATED, null, TicketEvent.SYSTEM, reason, now);
        return true;
    }

    /**
     * Links the ticket to an outage that residents of several houses write about; the outage's tickets
     * are answered together from the shared queue, so the ticket goes there if it is not yet.
     *
     * @return whether the ticket was linked (closed tickets and those of another outage are left alone)
     */
    public boolean linkToOutage(Outage outage, Account actor, Instant now) {
        if (!state.isOpen() || (this.outage != null && !this.outage.equals(outage))) {
            return false;
        }
        this.outage = Objects.requireNonNull(outage);
        if (escalation != Escalation.SHARED) {
            toSharedQueue(now);
        }
        record(TicketEventType.LINKED_TO_OUTAGE, actor, actor.displayName(), outage.title(), now);
        return true;
    }

    public Outage outage() {
        return outage;
    }

    /**
     * Back from the shared queue to the house queue. A helper of another house who had it lets go,
     * so that the house's own helpers can claim it.
     */
    public void handBack(Account actor, String reason, Instant now) {
        requireMayWork(actor);
        if (escalation != Escalation.SHARED) {
            throw new RuleViolation("Ticket %s is not in the shared queue".formatted(number));
        }
        escalation = Escalation.HOUSE;
        if (assignee != null && !assignee.worksFor(house)) {
            assignee = null;
            if (state == TicketState.IN_PROGRESS) {
                state = TicketState.NEW;
            }
        }
        record(TicketEventType.HANDED_BACK, actor, actor.displayName(),
                reason == null || reason.isBlank() ? null : reason.strip(), now);
    }

    /** A further private link for the resident, e.g. for an e-mail. */
    public void addToken(String tokenHash, Instant now) {
        tokens.add(new TicketToken(this, Objects.requireNonNull(tokenHash), now));
    }

    public List<Attachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    /**
     * Attaches a file (already checked and stored); at most {@code max} per ticket. A resident may
     * attach to their open or recently closed ticket, a helper to any they may work on.
     */
    public Attachment attach(String storedName, String fileName, String contentType, long size, Account helper,
                             int max, Instant now) {
        if (helper != null) {
            requireMayWork(helper);
        }
        if (attachments.size() >= max) {
            throw new RuleViolation("A request can have at most %d files".formatted(max));
        }
        var attachment = new Attachment(this, storedName, fileName, contentType, size, helper == null, now);
        attachments.add(attachment);
        record(TicketEventType.ATTACHED, helper, helper == null ? requesterName : helper.displayName(), fileName, now);
        return attachment;
    }

    /** Removes every attachment (erasure): the caller deletes the files. */
    public List<Attachment> detachAll() {
        var removed = List.copyOf(attachments);
        attachments.clear();
        return removed;
    }

    /** What stands in for the resident's name once it was removed. */
    public static final String ANONYMOUS = "Anonym";

    /**
     * Removes the resident's name and contact data, and runs every text of the ticket (subject,
     * description, replies, notes, timeline) through {@code redact}; every private link stops
     * working. The number, house, category, states and times stay, so the case still counts and can
     * still be found by what it was about. A ticket is anonymised once: false if it was already.
     */
    public boolean anonymize(UnaryOperator<String> redact, Instant now) {
        if (anonymizedAt != null) {
            return false;
        }
        subject = cut(redact.apply(subject), SUBJECT_MAX);
        description = cut(redact.apply(description), TEXT_MAX);
        var name = requesterName;
        entries.forEach(entry -> entry.anonymize(redact, name, ANONYMOUS));
        events.forEach(event -> event.anonymize(redact, name, ANONYMOUS));
        requesterName = ANONYMOUS;
        requesterPhone = null;
        requesterEmail = null;
        requesterDoor = null;
        revokeLinks(now);
        anonymizedAt = now;
        record(TicketEventType.ANONYMIZED, null, "Hausdesk", null, now);
        return true;
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** Every private link of the ticket stops working (e.g. one was passed on by mistake). */
    public void revokeLinks(Instant now) {
        tokens.forEach(token -> token.revoke(now));
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean acceptsToken(String tokenHash) {
        return tokenHash != null && tokens.stream().anyMatch(token -> token.accepts(tokenHash));
    }

    /** Whether Hausdesk should escalate it by itself because it waited unclaimed since before {@code cutoff}. */
    public boolean waitsUnclaimedSince(Instant cutoff) {
        return escalation == Escalation.HOUSE && autoEscalatedAt == null && assignee == null
                && state == TicketState.NEW && !createdAt.isAfter(cutoff);
    }

    /**
     * Whether the resident waits for a helper: an open ticket nobody has answered yet, or whose resident wrote
     * after the last answer. A ticket waiting for the resident ({@link TicketState#WAITING}) does not.
     */
    public boolean needsAnswer() {
        return state.isOpen() && state != TicketState.WAITING && awaitingSince != null;
    }

    /** "Neue Antwort": the resident wrote again and no helper has answered since. */
    public boolean hasNewReply() {
        return needsAnswer() && residentWroteAt != null && !residentWroteAt.isBefore(awaitingSince);
    }

    /** Since when the resident waits for a helper's answer, or {@code null}. */
    public Instant awaitingSince() {
        return needsAnswer() ? awaitingSince : null;
    }

    public Instant residentWroteAt() {
        return residentWroteAt;
    }

    /**
     * When Hausdesk will send this ticket to the shared queue by itself if nobody claims it, given the
     * house's delay; {@code null} when it will not (claimed, not new, already shared or escalated once).
     */
    public Instant escalatesAt(Duration delay) {
        return escalation == Escalation.HOUSE && autoEscalatedAt == null && assignee == null
                && state == TicketState.NEW ? createdAt.plus(delay) : null;
    }

    /** The events recorded since the last call, for notifications; each is handed out once. */
    public List<TicketEvent> takeNewEvents() {
        if (newEvents == null || newEvents.isEmpty()) {
            return List.of();
        }
        var taken = List.copyOf(newEvents);
        newEvents.clear();
        return taken;
    }

    private void requireEscalatable() {
        if (escalation == Escalation.SHARED) {
            throw new RuleViolation("Ticket %s is already in the shared queue".formatted(number));
        }
        if (!state.isOpen()) {
            throw new RuleViolation("Ticket %s is %s; only open tickets can be escalated".formatted(number, state));
        }
    }

    private void toSharedQueue(Instant now) {
        escalation = Escalation.SHARED;
        escalatedAt = now;
        everEscalated = true;
        assignee = null;
        if (state == TicketState.IN_PROGRESS) {
            state = TicketState.NEW;
        }
    }

    private void requireMayWork(Account actor) {
        if (!mayBeWorkedBy(actor)) {
            throw new NotPermitted("Only helpers of %s or a coordinator may do this".formatted(house.name()));
        }
    }

    private TicketEntry append(EntryKind kind, Account author, String authorName, String body, Instant now) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("An empty message cannot be added");
        }
        var entry = new TicketEntry(this, kind, author, authorName, body.strip(), now);
        entries.add(entry);
        updatedAt = now;
        return entry;
    }

    private void record(TicketEventType type, Account actor, String actorName, String detail, Instant now) {
        var event = new TicketEvent(this, type, actor, actorName, detail, now);
        events.add(event);
        if (newEvents == null) {
            newEvents = new ArrayList<>();
        }
        newEvents.add(event);
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public House house() {
        return house;
    }

    public Category category() {
        return category;
    }

    public Priority priority() {
        return priority;
    }

    public TicketState state() {
        return state;
    }

    public Escalation escalation() {
        return escalation;
    }

    public Account assignee() {
        return assignee;
    }

    public Account filedBy() {
        return filedBy;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Requester requester() {
        return new Requester(requesterName, requesterPhone, requesterEmail, requesterDoor);
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public long version() {
        return version;
    }

    public List<TicketEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** What the resident may see: public replies only, never internal notes. */
    public List<TicketEntry> publicEntries() {
        return entries.stream().filter(TicketEntry::isPublic).toList();
    }

    public List<TicketEvent> timeline() {
        return Collections.unmodifiableList(events);
    }

    /** The timeline as the resident sees it: no notes, escalations or hand-backs. */
    public List<TicketEvent> publicTimeline() {
        return events.stream().filter(TicketEvent::isPublic).toList();
    }
}
