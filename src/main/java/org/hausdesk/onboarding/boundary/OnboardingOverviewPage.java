package org.hausdesk.onboarding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.onboarding.control.Onboarding;
import org.hausdesk.onboarding.entity.OnboardingStep;
import org.hausdesk.web.Pages;

/**
 * How far every house is ({@code /helfer/einzug}): a table per house and step and a bar chart drawn on the server (an
 * SVG, no script); helpers see their houses, coordinators all, and coordinators change the checklist here.
 */
@Named
@RequestScoped
public class OnboardingOverviewPage {

    /** The chart: one bar per house, the share of all wanted steps done. */
    public static final int ROW = 40;

    @Inject
    Onboarding onboarding;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    private Account account;
    private List<Onboarding.Progress> progress;

    public void load() {
        account = pages.signedIn(caller.account()).orElse(null);
        if (account == null || !account.isCoordinator()) {
            return;
        }
        if (pages.posted("addStep")) {
            if (pages.attempt(() -> onboarding.addStep(account, pages.param("name"), pages.param("progressText"),
                    pages.param("article")))) {
                pages.redirect("/helfer/einzug", "stepAdded");
            }
        } else if (pages.posted("changeStep")) {
            var id = Pages.id(pages.param("step"));
            var position = pages.param("position");
            if (id == null || position != null && !position.matches("\\d{1,4}")) {
                pages.error("onboarding.invalid");
                return;
            }
            var changed = new boolean[1];
            if (pages.attempt(() -> changed[0] = onboarding.changeStep(account, id, pages.param("name"),
                    pages.param("progressText"), pages.param("article"),
                    position == null ? null : Integer.valueOf(position), pages.param("retired") != null).isPresent())) {
                if (changed[0]) {
                    pages.redirect("/helfer/einzug", "stepChanged");
                } else {
                    pages.notFound();
                }
            }
        }
    }

    public Account account() {
        return account;
    }

    /** Every house the signed-in helper may see (also used by the numbers page, which does not load this bean). */
    public List<Onboarding.Progress> progress() {
        if (progress == null) {
            var who = account != null ? account : caller.account().orElse(null);
            progress = who == null ? List.of() : onboarding.progress(who);
        }
        return progress;
    }

    public List<OnboardingStep> steps() {
        return onboarding.steps();
    }

    public List<OnboardingStep> allSteps() {
        return onboarding.allSteps();
    }

    /** Of all steps the house's households want, the share done, 0–100. */
    public int percent(Onboarding.Progress house) {
        int wanted = house.steps().stream().mapToInt(Onboarding.StepProgress::wanted).sum();
        int done = house.steps().stream().mapToInt(Onboarding.StepProgress::done).sum();
        return wanted == 0 ? 0 : Math.round(100f * done / wanted);
    }

    /** The chart's height for all houses. */
    public int chartHeight() {
        return Math.max(ROW, progress().size() * ROW);
    }

}
