package org.hausdesk.onboarding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.control.Caller;
import org.hausdesk.onboarding.control.Onboarding;
import org.hausdesk.onboarding.entity.Household;
import org.hausdesk.onboarding.entity.StepStatus;
import org.hausdesk.platform.control.Links;
import org.hausdesk.web.Pages;
import org.hausdesk.web.QrCode;

/**
 * A household's welcome sheet ({@code /helfer/willkommen/<id>}), printed on A4 in large type: the steps, each with a
 * QR code to the FAQ article that explains it, the house helpers' first names and how to ask for help (the request
 * form's address with the house chosen, the office hours). Only the house's helpers and coordinators open it.
 */
@Named
@RequestScoped
public class WelcomeSheetPage {

    @Inject
    Onboarding onboarding;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Links links;

    @Inject
    Pages pages;

    private Household household;

    /** One step on the sheet: its name, whether it is done, and the article that explains it (address and QR code). */
    public record SheetStep(String name, boolean done, String article, String qrCode) {
    }

    public void load() {
        var account = pages.signedIn(caller.account()).orElse(null);
        if (account == null) {
            return;
        }
        var id = Pages.id(pages.param("id"));
        household = id == null ? null : onboarding.household(id, account).orElse(null);
        if (household == null) {
            pages.notFound();
        }
    }

    public Household household() {
        return household;
    }

    public List<SheetStep> steps() {
        return onboarding.steps().stream().filter(s -> household.status(s) != StepStatus.NOT_WANTED).map(step -> {
            var address = step.articleSlug() == null ? null
                    : links.faqArticle(step.articleSlug()) + "?haus=" + household.house().slug();
            return new SheetStep(step.name(), household.status(step) == StepStatus.DONE, address,
                    address == null ? null : QrCode.dataUri(address));
        }).toList();
    }

    /** "Anna und Ben"; empty when no helper agreed to be named. */
    public String helpers() {
        return pages.names(accounts.namedHelpersOf(household.house()));
    }

    public String requestForm() {
        return links.requestForm(household.house().slug());
    }

    public String requestFormQr() {
        return QrCode.dataUri(requestForm());
    }

    public String housePage() {
        return links.housePage(household.house().slug());
    }
}
