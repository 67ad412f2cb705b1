package org.hausdesk.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hausdesk.account.entity.Account;

/** Where one household stands on one step, who changed it last and when, and the ticket when it needs help. */
@Entity
@Table(name = "household_step")
public class HouseholdStep {

    @Id
    @SequenceGenerator(name = "household_step_seq", sequenceName = "household_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_step_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id", nullable = false)
    private Household household;

    @ManyToOne(optional = false)
    @JoinColumn(name = "step_id", nullable = false)
    private OnboardingStep step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StepStatus status = StepStatus.OPEN;

    @ManyToOne
    @JoinColumn(name = "changed_by")
    private Account changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    protected HouseholdStep() {
    }

    HouseholdStep(Household household, OnboardingStep step) {
        this.household = Objects.requireNonNull(household);
        this.step = Objects.requireNonNull(step);
    }

    void change(StepStatus status, Account by, String ticketNumber, Instant now) {
        this.status = Objects.requireNonNull(status);
        this.changedBy = by;
        this.changedAt = now;
        if (ticketNumber != null) {
            this.ticketNumber = ticketNumber;
        }
    }

    public OnboardingStep step() {
        return step;
    }

    public StepStatus status() {
        return status;
    }

    public Account changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The ticket filed or linked when the household needed help with this step (kept after it is done). */
    public String ticketNumber() {
        return ticketNumber;
    }
}
