package org.hausdesk.onboarding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.entity.House;
import org.hausdesk.onboarding.control.Onboarding;
import org.hausdesk.onboarding.entity.Household;
import org.hausdesk.onboarding.entity.HouseholdStep;
import org.hausdesk.onboarding.entity.OnboardingStep;
import org.hausdesk.onboarding.entity.StepStatus;
import org.hausdesk.web.Language;
import org.hausdesk.web.Pages;

/**
 * A house's onboarding board ({@code /helfer/einzug/<slug>}), made for a phone in a hallway: every household with
 * its steps, one tap per step ("Erledigt", "Braucht Hilfe", ...), a household added or changed in a small form. The
 * forms are plain HTML, one per household and step, so each tap is one request that works without script.
 */
@Named
@RequestScoped
public class BoardPage {

    @Inject
    Onboarding onboarding;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    @Inject
    Language language;

    private Onboarding.Board board;
    private Onboarding.Progress progress;

    public void load() {
        var account = pages.signedIn(caller.account()).orElse(null);
        if (account == null) {
            return;
        }
        var slug = pages.param("slug");
        board = onboarding.board(slug, account).orElse(null);
        if (board == null) {
            pages.notFound();
            return;
        }
        if (pages.posted("mark")) {
            mark(account);
        } else if (pages.posted("addHousehold")) {
            add(account);
        } else if (pages.posted("changeHousehold")) {
            change(account);
        } else if (pages.posted("removeHousehold")) {
            var id = Pages.id(pages.param("household"));
            if (id == null || pages.param("reallyRemove") == null) {
                pages.error("onboarding.removeConfirm");
                return;
            }
            var removed = new boolean[1];
            if (pages.attempt(() -> removed[0] = onboarding.remove(id, account))) {
                if (removed[0]) {
                    pages.redirect(here(), "householdRemoved");
                } else {
                    pages.notFound();
                }
            }
        }
    }

    private void mark(Account account) {
        var household = Pages.id(pages.param("household"));
        var step = Pages.id(pages.param("step"));
        var status = Pages.choice(StepStatus.class, pages.param("mark"));
        if (household == null || step == null || status.isEmpty()) {
            pages.error("onboarding.invalid");
            return;
        }
        var marked = new HouseholdStep[1];
        if (pages.attempt(() -> marked[0] = onboarding.mark(household, step, status.get(), pages.param("ticket"), null,
                account).orElse(null))) {
            if (marked[0] == null) {
                pages.notFound();
                return;
            }
            var notice = status.get() == StepStatus.NEEDS_HELP && marked[0].ticketNumber() != null
                    ? "stepNeedsHelp" : "stepMarked";
            pages.redirect(here() + "?hinweis=" + notice + (marked[0].ticketNumber() != null ? "&anfrage="
                    + marked[0].ticketNumber() : "") + "&offen=" + household + "#haushalt-" + household);
        }
    }

    private void add(Account account) {
        var added = new Household[1];
        if (pages.attempt(() -> added[0] = onboarding.add(board.house().slug(), account, pages.param("label"),
                pages.param("firstName"), pages.param("contact"), pages.param("agreed") != null).orElse(null))
                && added[0] != null) {
            pages.redirect(here() + "?hinweis=householdAdded&offen=" + added[0].id() + "#haushalt-" + added[0].id());
        }
    }

    private void change(Account account) {
        var id = Pages.id(pages.param("household"));
        var movedOut = Pages.date(pages.param("movedOutOn"));
        if (id == null || movedOut == null) {
            pages.error("onboarding.invalid");
            return;
        }
        var changed = new Household[1];
        if (pages.attempt(() -> changed[0] = onboarding.change(id, account, pages.param("label"),
                pages.param("firstName"), pages.param("contact"), pages.param("agreed") != null, movedOut.orElse(null))
                .orElse(null))) {
            if (changed[0] == null) {
                pages.notFound();
            } else {
                pages.redirect(here() + "?hinweis=householdChanged&offen=" + id + "#haushalt-" + id);
            }
        }
    }

    private String here() {
        return "/helfer/einzug/" + board.house().slug();
    }


    public House house() {
        return board == null ? null : board.house();
    }

    public List<OnboardingStep> steps() {
        return board == null ? List.of() : board.steps();
    }

    public List<Household> households() {
        return board == null ? List.of() : board.households();
    }

    /** The house's progress: one line per step. */
    public Onboarding.Progress progress() {
        if (progress == null && board != null) {
            progress = onboarding.progress(board.house().slug(), caller.account().orElseThrow()).orElse(null);
        }
        return progress;
    }

    public StepStatus status(Household household, OnboardingStep step) {
        return household.status(step);
    }

    /** The other states a step can be put in with one tap, in the order helpers need them. */
    public List<StepStatus> choices(Household household, OnboardingStep step) {
        var now = household.status(step);
        return List.of(StepStatus.DONE, StepStatus.NEEDS_HELP, StepStatus.NOT_WANTED, StepStatus.OPEN).stream()
                .filter(s -> s != now).toList();
    }

    /** "Anna Beispiel, vor 2 Tagen"; empty when nobody changed it yet. */
    public String changed(Household household, OnboardingStep step) {
        return household.stepEntry(step).filter(e -> e.changedAt() != null)
                .map(e -> (e.changedBy() == null ? "" : e.changedBy().displayName() + ", ") + language.ago(e.changedAt()))
                .orElse("");
    }

    public String ticket(Household household, OnboardingStep step) {
        return household.stepEntry(step).map(HouseholdStep::ticketNumber).orElse(null);
    }

    /**
     * Whether a household's steps are shown unfolded: the one just changed ({@code ?offen=}), or all of them on a
     * small board. A long board is a list of flats to tap, so that a helper in the hallway finds the one in front of
     * her without scrolling past everybody's steps.
     */
    public boolean open(Household household) {
        return households().size() <= OPEN_ALL || String.valueOf(household.id()).equals(pages.param("offen"));
    }

    static final int OPEN_ALL = 3;

    /** The steps at a glance, in order: ✓ done, ! needs help, – not wanted, ○ open. */
    public String marks(Household household) {
        return steps().stream().map(s -> pages.text("onboarding.mark." + household.status(s)))
                .collect(java.util.stream.Collectors.joining());
    }

    /** How many of the active steps the household has done, e.g. "3/5". */
    public String done(Household household) {
        long done = steps().stream().filter(s -> household.status(s) == StepStatus.DONE).count();
        return done + "/" + steps().size();
    }

    /** A ticket just filed for "needs help". */
    public String filed() {
        var number = pages.param("anfrage");
        return number != null && number.matches("\\d{4}-\\d{1,9}") ? number : null;
    }
}
