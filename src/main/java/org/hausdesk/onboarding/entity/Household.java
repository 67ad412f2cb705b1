package org.hausdesk.onboarding.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.EmailAddresses;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.ticket.entity.Requester;

/**
 * One household of a house on its onboarding board: a label such as "Whg. 2.3" and, only when the household agreed
 * to be listed, a first name and a contact (phone or e-mail). Nothing more is kept. Where it stands on each step of
 * the checklist is a {@link HouseholdStep}; a step without one is open.
 */
@Entity
@Table(name = "household")
@NamedQuery(name = Household.OF_HOUSE, query = "select h from Household h where h.house = :house order by h.label")
@NamedQuery(name = Household.MOVED_OUT_BEFORE,
        query = "select h from Household h where h.movedOutOn is not null and h.movedOutOn < :cutoff")
public class Household {

    public static final String OF_HOUSE = "Household.ofHouse";
    public static final String MOVED_OUT_BEFORE = "Household.movedOutBefore";
    public static final int LABEL_MAX = 40;
    public static final int FIRST_NAME_MAX = 60;
    public static final int CONTACT_MAX = 120;

    @Id
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "house_id", nullable = false)
    private House house;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "first_name", length = FIRST_NAME_MAX)
    private String firstName;

    @Column(length = 200)
    private String contact;

    /** The household agreed to be listed with first name and contact. */
    @Column(nullable = false)
    private boolean agreed;

    @Column(name = "moved_out_on")
    private LocalDate movedOutOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<HouseholdStep> steps = new ArrayList<>();

    protected Household() {
    }

    public Household(House house, String label, String firstName, String contact, boolean agreed, Instant now) {
        this.house = Objects.requireNonNull(house);
        this.createdAt = now;
        describe(label, firstName, contact, agreed);
    }

    /**
     * What is kept about the household. A first name or a contact needs the household's agreement: without it they
     * are refused, and withdrawing the agreement removes them.
     */
    public void describe(String label, String firstName, String contact, boolean agreed) {
        var stripped = label == null ? "" : label.strip();
        if (stripped.isEmpty() || stripped.length() > LABEL_MAX) {
            throw new InvalidInput("label: 1 to " + LABEL_MAX + " characters, e.g. \"Whg. 2.3\"");
        }
        var name = blankToNull(firstName);
        var reach = blankToNull(contact);
        if (name != null && name.length() > FIRST_NAME_MAX) {
            throw new InvalidInput("firstName: at most " + FIRST_NAME_MAX + " characters");
        }
        if (reach != null && (reach.length() > CONTACT_MAX || !(reach.contains("@") ? EmailAddresses.valid(reach)
                : reach.matches(Requester.PHONE_RULE)))) {
            throw new InvalidInput("contact: a phone number or an e-mail address");
        }
        if ((name != null || reach != null) && !agreed) {
            throw new InvalidInput("agreed: a first name or a contact only when the household agreed to be listed");
        }
        this.label = stripped;
        this.firstName = name;
        this.contact = reach;
        this.agreed = agreed;
    }

    /** The household moved out on that day (or is back: null); retention removes it a set time later. */
    public void moveOut(LocalDate on) {
        this.movedOutOn = on;
    }

    /** Where the household stands on the step, who changed it and when; the first change of a step creates its row. */
    public HouseholdStep mark(OnboardingStep step, StepStatus status, Account by, String ticketNumber, Instant now) {
        var entry = stepEntry(step).orElseGet(() -> {
            var created = new HouseholdStep(this, step);
            steps.add(created);
            return created;
        });
        entry.change(status, by, ticketNumber, now);
        return entry;
    }

    public Optional<HouseholdStep> stepEntry(OnboardingStep step) {
        return steps.stream().filter(s -> s.step().sameAs(step)).findFirst();
    }

    public StepStatus status(OnboardingStep step) {
        return stepEntry(step).map(HouseholdStep::status).orElse(StepStatus.OPEN);
    }

    /** Whether the contact given is this household's: the same e-mail address, or the same phone number's digits. */
    public boolean reachedAt(String email, String phone) {
        if (contact == null) {
            return false;
        }
        if (email != null && !email.isBlank() && contact.equalsIgnoreCase(email.strip())) {
            return true;
        }
        var digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.length() >= 5 && !contact.contains("@") && contact.replaceAll("\\D", "").equals(digits);
    }

    /** "Anna (Whg. 2.3)" or just the label: the name a ticket filed for the household carries. */
    public String displayName() {
        return firstName == null ? label : firstName + " (" + label + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long id() {
        return id;
    }

    public House house() {
        return house;
    }

    public String label() {
        return label;
    }

    public String firstName() {
        return firstName;
    }

    public String contact() {
        return contact;
    }

    public boolean agreed() {
        return agreed;
    }

    public LocalDate movedOutOn() {
        return movedOutOn;
    }

    public boolean movedOut() {
        return movedOutOn != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public List<HouseholdStep> steps() {
        return List.copyOf(steps);
    }

    /** For sorting labels as people read them: "Whg. 2.10" after "Whg. 2.9". */
    public static String sortKey(String label) {
        var key = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(label.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            var part = matcher.group();
            key.append(Character.isDigit(part.charAt(0)) ? "%010d".formatted(Long.parseLong(
                    part.length() > 10 ? part.substring(0, 10) : part)) : part);
        }
        return key.toString();
    }
}
