package org.hausdesk.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.web.Pages;

/**
 * A house's own page for its residents ({@code /haus/<slug>}): its helpers' first names (those who agreed), when
 * and where they can be found, a notice, and the way to ask for help. The house's helpers (and coordinators) change
 * office hours and notice on the same page.
 */
@Named
@RequestScoped
public class HousePage {

    @Inject
    Houses houses;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    private boolean loaded;
    private House house;
    private String officeHours;
    private String notice;

    public void load() {
        house();
    }

    /** The house the address names; an unknown one is 404. */
    public House house() {
        if (!loaded) {
            loaded = true;
            house = houses.bySlug(pages.param("slug")).orElse(null);
            if (house == null) {
                pages.notFound();
            }
        }
        return house;
    }

    /** The first names residents may see, e.g. "Anna und Ben"; empty when no helper agreed. */
    public List<String> helpers() {
        return house() == null ? List.of() : accounts.namedHelpersOf(house());
    }

    /** "Anna und Ben", "Anna, Ben und Carla". */
    public String helperNames() {
        return pages.names(helpers());
    }

    /** Whether the visitor is one of the house's helpers or a coordinator: they see the form to change the page. */
    public boolean mayEdit() {
        var account = caller.account().orElse(null);
        return house() != null && mayEdit(account, house());
    }

    static boolean mayEdit(Account account, House house) {
        return account != null && account.active() && account.worksFor(house); // worksFor: coordinators every house
    }

    public String save() {
        if (house() == null) {
            return null;
        }
        if (!mayEdit()) {
            pages.notFound();
            return null;
        }
        if (pages.attempt(() -> houses.describe(house.slug(), officeHours, notice), Map.of())) {
            pages.redirect("/haus/" + house.slug(), "housePageSaved");
        }
        return null;
    }

    public String getOfficeHours() {
        return officeHours != null ? officeHours : house() == null ? null : house().officeHours();
    }

    public void setOfficeHours(String officeHours) {
        this.officeHours = officeHours;
    }

    public String getNotice() {
        return notice != null ? notice : house() == null ? null : house().notice();
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
