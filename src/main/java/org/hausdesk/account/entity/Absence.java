package org.hausdesk.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hausdesk.platform.entity.InvalidInput;

/** A period (whole days, both inclusive) in which a helper is away: on holiday, ill, busy. */
@Entity
@Table(name = "absence")
public class Absence {

    @Id
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = 200)
    private String note;

    protected Absence() {
    }

    public Absence(Account account, LocalDate startsOn, LocalDate endsOn, String note) {
        if (!inOrder(startsOn, endsOn)) {
            throw new InvalidInput("An absence ends on or after the day it starts");
        }
        this.account = Objects.requireNonNull(account);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** An absence ends on or after the day it starts (a single day is one that ends the day it starts). */
    public static boolean inOrder(LocalDate startsOn, LocalDate endsOn) {
        return startsOn != null && endsOn != null && !endsOn.isBefore(startsOn);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String note() {
        return note;
    }
}
