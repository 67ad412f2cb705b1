package org.hausdesk.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hausdesk.account.control.Absences;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Absence;
import org.hausdesk.account.entity.Account;
import org.hausdesk.web.Pages;

/** A helper's own absences ({@code /helfer/abwesenheit}): while all helpers of a house are away, its requests go to the shared queue. */
@Named
@RequestScoped
public class AbsencesPage {

    @Inject
    Absences absences;

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    @Inject
    org.hausdesk.account.control.Accounts accounts;

    /** "Residents of my houses may see my first name": the checkbox as sent. */
    private boolean named;

    /** "Send me a summary every morning": the checkbox as sent. */
    private boolean summary;

    private boolean loaded;
    private Account account;
    private String from;
    private String until;
    private String note;

    public Account account() {
        if (!loaded) {
            loaded = true;
            account = pages.signedIn(caller.account()).orElse(null);
        }
        return account;
    }

    public void load() {
        account();
    }

    public List<Absence> upcoming() {
        return absences.upcoming(account());
    }

    /** Saves the helper's consent to be named to residents (the confirmation page and printout show it). */
    public String saveNaming() {
        if (account() == null) {
            return null;
        }
        accounts.nameToResidents(account, named);
        pages.redirect("/helfer/abwesenheit", named ? "namedToResidents" : "notNamedToResidents");
        return null;
    }

    public boolean isNamed() {
        return account() != null && account().namedToResidents();
    }

    public void setNamed(boolean named) {
        this.named = named;
    }

    /** Saves the helper's choice of the daily summary e-mail. */
    public String saveSummary() {
        if (account() == null) {
            return null;
        }
        accounts.chooseDailySummary(account, summary);
        pages.redirect("/helfer/abwesenheit", summary ? "summaryOn" : "summaryOff");
        return null;
    }

    public boolean isSummary() {
        return account() != null && account().dailySummary();
    }

    public void setSummary(boolean summary) {
        this.summary = summary;
    }

    public String add() {
        if (account() == null) {
            return null;
        }
        var start = date(from, "from");
        var end = date(until, "until");
        if (start == null || end == null) {
            return null;
        }
        if (!Absence.inOrder(start, end)) { // the entity's rule, said beside the field
            pages.fieldError("until", "absences.order");
            return null;
        }
        if (pages.attempt(() -> absences.add(account, start, end, note == null || note.isBlank() ? null : note.strip()))) {
            pages.redirect("/helfer/abwesenheit", "absenceAdded");
        }
        return null;
    }

    public String remove() {
        if (account() == null) {
            return null;
        }
        var id = Pages.id(pages.param("absence")); // not an id: like an unknown one
        if (id != null && absences.remove(account, id)) {
            pages.redirect("/helfer/abwesenheit", "absenceRemoved");
            return null;
        }
        pages.notFound();
        return null;
    }

    private LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            pages.fieldError(field, "absences.date");
            return null;
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
