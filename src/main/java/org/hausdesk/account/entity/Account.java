package org.hausdesk.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.InvalidInput;

/** A helper or coordinator who signs in. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.COUNT_COORDINATORS,
        query = "select count(a) from Account a where a.role = org.hausdesk.account.entity.Role.COORDINATOR")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String COUNT_COORDINATORS = "Account.countCoordinators";
    /** A username: 2-40 lower-case letters, digits, dots, dashes or underscores. */
    public static final String USERNAME_RULE = "[a-z0-9][a-z0-9._-]{1,39}";
    public static final Pattern USERNAME = Pattern.compile(USERNAME_RULE);
    public static final int DISPLAY_NAME_MAX = 120;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "may_publish", nullable = false)
    private boolean mayPublish;

    @Column(name = "named_to_residents", nullable = false)
    private boolean namedToResidents;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether this helper wants one e-mail a day about their houses (off unless they choose it). */
    @Column(name = "daily_summary", nullable = false)
    private boolean dailySummary;

    /** The day (in the cooperative's time zone) the last daily summary went out; moved forward by a bulk update. */
    @Column(name = "summary_sent_on")
    private java.time.LocalDate summarySentOn;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "house_helper",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "house_id"))
    private Set<House> houses = new HashSet<>();

    protected Account() {
    }

    public Account(String username, String displayName, String email, String passwordHash, Role role,
                   String language, Set<House> houses, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput(
                    "A username is 2-40 lower-case letters, digits, dots, dashes or underscores");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.language = "en".equals(language) ? "en" : "de";
        this.houses = new HashSet<>(houses);
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String language() {
        return language;
    }

    public boolean active() {
        return active;
    }

    public Set<House> houses() {
        return Collections.unmodifiableSet(houses);
    }

    /** Coordinators publish FAQ articles; a helper only when a coordinator allowed it. */
    /** A helper belongs to at least one house; a coordinator sees all of them and needs none. */
    public static boolean housesFit(Role role, java.util.Collection<House> houses) {
        return role != Role.HELPER || !houses.isEmpty();
    }

    public boolean mayPublish() {
        return isCoordinator() || mayPublish;
    }

    public void allowPublishing(boolean allowed) {
        this.mayPublish = allowed;
    }

    /** Whether this helper agreed that residents of their houses see their first name. */
    public boolean namedToResidents() {
        return namedToResidents;
    }

    public void nameToResidents(boolean agreed) {
        this.namedToResidents = agreed;
    }

    public boolean dailySummary() {
        return dailySummary;
    }

    public void chooseDailySummary(boolean wanted) {
        this.dailySummary = wanted;
    }

    public java.time.LocalDate summarySentOn() {
        return summarySentOn;
    }

    /** The first name residents may see (the display name's first word). */
    public String firstName() {
        return displayName.split("\\s+")[0];
    }

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    /** A coordinator works for every house; a helper for the houses they belong to. */
    public boolean worksFor(House house) {
        return isCoordinator() || houses.contains(house);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && username.equals(account.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
