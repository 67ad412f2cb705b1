package org.hausdesk.ticket.entity;

import org.hausdesk.platform.entity.InvalidInput;
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
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;

/**
 * A resident's request for help and its conversation. The rules of who may move it where live
 * here, so that every way of changing a ticket (API, pages, timers) obeys the same rules.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = Ticket.BY_NUMBER, query = "select t from Ticket t where t.number = :number")
public class Ticket {

    public static final String BY_NUMBER = "Ticket.byNumber";

    @Id
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    private Long id;

    /** The number people say on the phone: year and a running count, e.g. {@code 2026-0042}. */
    @Column(nullable = false, unique = true, length = 20)
    private String number;

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

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 10000)
    private String description;

    @Column(name = "requester_name", nullable = false, length = 120)
    private String requesterName;

    @Column(name = "requester_phone", length = 40)
    private String requesterPhone;

    @Column(name = "requester_email", length = 254)
    private String requesterEmail;

    /** SHA-256 of the resident's private access token; the token itself is never stored. */
    @Column(name = "access_token_hash", nullable = false, length = 64)
    private String accessTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt ASC, id ASC")
    private List<TicketEntry> entries = new ArrayList<>();

    protected Ticket() {
    }

    public Ticket(String number, House house, Category category, String subject, String description,
                  Requester requester, String accessTokenHash, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.house = Objects.requireNonNull(house);
        this.category = Objects.requireNonNull(category);
        this.subject = Objects.requireNonNull(subject).strip();
        this.description = Objects.requireNonNull(description).strip();
        this.requesterName = requester.name();
        this.requesterPhone = requester.phone();
        this.requesterEmail = requester.email();
        this.accessTokenHash = Objects.requireNonNull(accessTokenHash);
        this.priority = Priority.NORMAL;
        this.state = TicketState.NEW;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    /**
     * A helper takes the ticket. Claiming one's own ticket again changes nothing; a ticket someone
     * else has is refused with that person's name, so the loser of a race knows whom to talk to.
     */
    public void claim(Account helper, Instant now) {
        requireWorksHere(helper);
        if (assignee != null && !assignee.equals(helper)) {
            throw new RuleViolation("Ticket %s is already claimed by %s".formatted(number, assignee.displayName()));
        }
        if (state == TicketState.CLOSED) {
            throw new RuleViolation("Ticket %s is closed; reopen it before claiming it".formatted(number));
        }
        assignee = helper;
        if (state == TicketState.NEW) {
            state = TicketState.IN_PROGRESS;
        }
        touch(now);
    }

    /**
     * A helper answers the resident. An unclaimed ticket becomes theirs; {@code askBack} means the
     * helper needs an answer from the resident, so the ticket waits for them.
     */
    public TicketEntry replyAsHelper(Account helper, String body, boolean askBack, Instant now) {
        requireWorksHere(helper);
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
        return append(EntryKind.REPLY, helper, helper.displayName(), body, now);
    }

    /** The resident writes. Any answer from them means the ticket needs a helper again: it reopens. */
    public TicketEntry replyAsResident(String body, Instant now) {
        if (state != TicketState.NEW) {
            state = assignee == null ? TicketState.NEW : TicketState.IN_PROGRESS;
        }
        return append(EntryKind.REPLY, null, requesterName, body, now);
    }

    /** An internal note for helpers only; it never changes the state and never reaches the resident. */
    public TicketEntry addNote(Account helper, String body, Instant now) {
        requireWorksHere(helper);
        return append(EntryKind.NOTE, helper, helper.displayName(), body, now);
    }

    /**
     * Moves the ticket along {@link TicketState#successors()}. Only the assignee or a coordinator may,
     * or any helper of the house while nobody has claimed it (moving to IN_PROGRESS then claims it).
     */
    public void changeState(Account actor, TicketState target, Instant now) {
        requireWorksHere(actor);
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
        if (target == TicketState.IN_PROGRESS && assignee == null) {
            assignee = actor;
        }
        state = target;
        touch(now);
    }

    /** The resident confirms that the solution works: the ticket is closed. */
    public void confirmSolved(Instant now) {
        if (state != TicketState.SOLVED) {
            throw new RuleViolation("Only a solved ticket can be confirmed; ticket %s is %s".formatted(number, state));
        }
        state = TicketState.CLOSED;
        touch(now);
    }

    public void changePriority(Account actor, Priority priority, Instant now) {
        requireWorksHere(actor);
        this.priority = Objects.requireNonNull(priority);
        touch(now);
    }

    public boolean acceptsToken(String tokenHash) {
        return tokenHash != null && MessageDigest.isEqual(
                accessTokenHash.getBytes(StandardCharsets.US_ASCII), tokenHash.getBytes(StandardCharsets.US_ASCII));
    }

    private void requireWorksHere(Account actor) {
        if (actor == null || !actor.worksFor(house)) {
            throw new NotPermitted("Only helpers of %s or a coordinator may do this".formatted(house.name()));
        }
    }

    private TicketEntry append(EntryKind kind, Account author, String authorName, String body, Instant now) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("An empty message cannot be added");
        }
        var entry = new TicketEntry(this, kind, author, authorName, body.strip(), now);
        entries.add(entry);
        touch(now);
        return entry;
    }

    private void touch(Instant now) {
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

    public Account assignee() {
        return assignee;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Requester requester() {
        return new Requester(requesterName, requesterPhone, requesterEmail);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
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
}
