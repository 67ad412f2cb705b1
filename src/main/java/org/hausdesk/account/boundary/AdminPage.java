package org.hausdesk.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.control.Passwords;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.EmailAddresses;
import org.hausdesk.web.Pages;

/** For coordinators ({@code /helfer/verwaltung}): the houses and accounts; add a house, add a helper. */
@Named
@RequestScoped
public class AdminPage {

    @Inject
    Houses houses;

    @Inject
    Accounts accounts;

    @Inject
    Pages pages;

    private boolean loaded;
    private Account coordinator;
    private String houseSlug;
    private String houseName;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private String role = Role.HELPER.name();
    private String language = "de";
    private List<String> memberOf = List.of();
    private boolean mayPublish;

    /** The signed-in coordinator; helpers get 404, as if the page did not exist for them. */
    public Account coordinator() {
        if (!loaded) {
            loaded = true;
            var staff = pages.staff().orElse(null);
            if (staff != null && !staff.isCoordinator()) {
                pages.notFound();
            }
            coordinator = staff != null && staff.isCoordinator() ? staff : null;
        }
        return coordinator;
    }

    public void load() {
        coordinator();
    }

    public List<House> houses() {
        return houses.all();
    }

    public List<Account> accounts() {
        return accounts.all();
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public String addHouse() {
        if (coordinator() == null) {
            return null;
        }
        if (houseSlug == null || !houseSlug.strip().matches("[a-z0-9][a-z0-9-]{1,39}")) {
            pages.fieldError("houseSlug", "admin.slug.invalid");
        }
        if (houseName == null || houseName.isBlank() || houseName.length() > 120) {
            pages.fieldError("houseName", "admin.name.missing");
        }
        if (!pages.failed() && pages.attempt(() -> houses.create(houseSlug.strip(), houseName.strip()))) {
            pages.redirect("/helfer/verwaltung", "houseAdded");
        }
        return null;
    }

    public String addAccount() {
        if (coordinator() == null) {
            return null;
        }
        if (username == null || !username.strip().matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            pages.fieldError("username", "admin.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            pages.fieldError("displayName", "admin.name.missing");
        }
        if (email != null && !email.isBlank() && !EmailAddresses.valid(email)) {
            pages.fieldError("email", "request.contact.invalid");
        }
        if (password == null || password.length() < Passwords.MIN_LENGTH || password.length() > 200) {
            pages.fieldError("password", "admin.password.short", Passwords.MIN_LENGTH);
        }
        var chosenRole = Role.HELPER.name().equals(role) ? Role.HELPER : Role.COORDINATOR;
        var chosenHouses = new HashSet<House>();
        for (var slug : memberOf) {
            houses.bySlug(slug).ifPresent(chosenHouses::add);
        }
        if (chosenRole == Role.HELPER && chosenHouses.isEmpty()) {
            pages.fieldError("memberOf", "admin.houses.missing");
        }
        if (!pages.failed() && pages.attempt(() -> accounts.create(username.strip(), displayName.strip(),
                email == null || email.isBlank() ? null : email.strip(), password, chosenRole,
                "en".equals(language) ? "en" : "de", chosenHouses, mayPublish))) {
            pages.redirect("/helfer/verwaltung", "accountAdded");
        }
        password = null;
        return null;
    }

    public String getHouseSlug() {
        return houseSlug;
    }

    public void setHouseSlug(String houseSlug) {
        this.houseSlug = houseSlug;
    }

    public String getHouseName() {
        return houseName;
    }

    public void setHouseName(String houseName) {
        this.houseName = houseName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getMemberOf() {
        return memberOf;
    }

    public void setMemberOf(List<String> memberOf) {
        this.memberOf = memberOf == null ? List.of() : memberOf;
    }

    public boolean isMayPublish() {
        return mayPublish;
    }

    public void setMayPublish(boolean mayPublish) {
        this.mayPublish = mayPublish;
    }
}
