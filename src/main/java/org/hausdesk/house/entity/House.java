package org.hausdesk.house.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hausdesk.platform.entity.InvalidInput;

/** One building of the cooperative, with its residents and (usually two) helpers. */
@Entity
@Table(name = "house")
@NamedQuery(name = House.BY_SLUG, query = "select h from House h where h.slug = :slug")
@NamedQuery(name = House.ALL, query = "select h from House h order by h.name")
public class House {

    public static final String BY_SLUG = "House.bySlug";
    public static final String ALL = "House.all";
    /** A house's slug (in links and the API): 2-40 lower-case letters, digits or dashes. */
    public static final String SLUG_RULE = "[a-z0-9][a-z0-9-]{1,39}";
    public static final Pattern SLUG = Pattern.compile(SLUG_RULE);
    public static final int NAME_MAX = 120;
    public static final int OFFICE_HOURS_MAX = 200;
    public static final int NOTICE_MAX = 1000;

    @Id
    @SequenceGenerator(name = "house_seq", sequenceName = "house_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "house_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HouseStage stage = HouseStage.OCCUPIED;

    /** When the first residents are expected to move in (planned or under construction), or moved in. */
    @Column(name = "move_in_on")
    private java.time.LocalDate moveInOn;

    /** When and where the helpers can be found, e.g. "dienstags 18–19 Uhr, Gemeinschaftsraum". */
    @Column(name = "office_hours", length = OFFICE_HOURS_MAX)
    private String officeHours;

    /** A notice for the house's residents (plain text). */
    @Column(length = NOTICE_MAX)
    private String notice;

    /** How long a ticket may wait unclaimed in this house's queue before it goes to the shared queue. */
    @Column(name = "escalate_after_seconds")
    private Long escalateAfterSeconds;

    protected House() {
    }

    public House(String slug, String name, Instant createdAt) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInput("A house slug is 2-40 lower-case letters, digits or dashes");
        }
        this.slug = slug;
        this.name = Objects.requireNonNull(name).strip();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** This house's own delay for automatic escalation; empty means the cooperative's default. */
    public Optional<Duration> escalateUnclaimedAfter() {
        return Optional.ofNullable(escalateAfterSeconds).map(Duration::ofSeconds);
    }

    public void escalateUnclaimedAfter(Duration delay) {
        if (delay != null && (delay.isNegative() || delay.isZero())) {
            throw new InvalidInput("The escalation delay must be positive");
        }
        this.escalateAfterSeconds = delay == null ? null : delay.toSeconds();
    }

    public String officeHours() {
        return officeHours;
    }

    public String notice() {
        return notice;
    }

    /** The house's page: office hours and a notice, plain text; blank means none. */
    public void describe(String officeHours, String notice) {
        var hours = officeHours == null || officeHours.isBlank() ? null : officeHours.strip();
        var text = notice == null || notice.isBlank() ? null : notice.strip();
        if (hours != null && hours.length() > OFFICE_HOURS_MAX) {
            throw new InvalidInput("Office hours are at most %d characters".formatted(OFFICE_HOURS_MAX));
        }
        if (text != null && text.length() > NOTICE_MAX) {
            throw new InvalidInput("A notice is at most %d characters".formatted(NOTICE_MAX));
        }
        this.officeHours = hours;
        this.notice = text;
    }

    public HouseStage stage() {
        return stage;
    }

    public java.time.LocalDate moveInOn() {
        return moveInOn;
    }

    /** Whether people live there yet. */
    public boolean occupied() {
        return stage == HouseStage.OCCUPIED;
    }

    /** The house moves on (or back, when plans change); {@code moveInOn} may stay open. */
    public void changeStage(HouseStage stage, java.time.LocalDate moveInOn) {
        this.stage = Objects.requireNonNull(stage);
        this.moveInOn = moveInOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof House house && slug.equals(house.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return "House[" + slug + "]";
    }
}
