package org.hausdesk.onboarding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hausdesk.onboarding.control.Onboarding;
import org.hausdesk.web.Pages;

/** How progress is said on the board, the overview and the numbers page, in the reader's language. */
@Named
@RequestScoped
public class ProgressWords {

    @Inject
    Pages pages;

    /** "14 von 18 Haushalten haben Zugang zur Cloud". */
    public String sentence(Onboarding.StepProgress step) {
        return pages.text("onboarding.progress", step.done(), step.wanted(), step.step().progressText());
    }

    /** "2 brauchen Hilfe". */
    public String needHelp(Onboarding.StepProgress step) {
        return pages.text("onboarding.needHelp", step.needsHelp());
    }

    /** "14 von 18", for a table cell. */
    public String cell(Onboarding.StepProgress step) {
        return pages.text("onboarding.cell", step.done(), step.wanted());
    }
}
