package org.hausdesk.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.house.entity.HouseStage;
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

    @Inject
    Caller caller;

    private boolean loaded;
    private Account coordinator;
    private String houseSlug;
    private String houseName;
    private String houseStage = HouseStage.OCCUPIED.name();
    private String houseMoveIn;
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
            var staff = pages.signedIn(caller.account()).orElse(null);
            if (staff != null && !staff.isCoordinator()) {
                pages.notFound();
            }
            coordinator = staff != null && staff.isCoordinator() ? staff : null;
        }
        return coordinator;
    }

    public void load() {
        if (coordinator() != null && pages.posted("changeStage") && pages.param("stageOf") != null) {
            changeStage(pages.param("stageOf"), pages.param("newStage"), pages.param("newMoveIn"));
        }
    }

    public List<House> houses() {
        return houses.all();
    }

    public List<HouseStage> stages() {
        return List.of(HouseStage.values());
    }

    /** The houses at one stage: a coordinator sees at a glance which are planned, being built, lived in. */
    public List<House> housesAt(HouseStage stage) {
        if (byStage == null) {
            byStage = houses.all().stream().collect(java.util.stream.Collectors.groupingBy(House::stage));
        }
        return byStage.getOrDefault(stage, List.of());
    }

    private java.util.Map<HouseStage, List<House>> byStage;

    private void changeStage(String slug, String stage, String moveIn) {
        var chosen = Pages.choice(HouseStage.class, stage);
        var date = Pages.date(moveIn);
        if (chosen.isEmpty() || date == null) {
            pages.error("admin.stage.invalid");
            return;
        }
        if (houses.changeStage(slug, chosen.get(), date.orElse(null)).isPresent()) {
            pages.redirect("/helfer/verwaltung", "stageChanged");
        } else {
            pages.notFound();
        }
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
        var moveIn = Pages.date(houseMoveIn);
        if (moveIn == null) {
            pages.fieldError("houseMoveIn", "admin.moveIn.invalid");
            return null;
        }
        var stage = Pages.choice(HouseStage.class, houseStage).orElse(HouseStage.OCCUPIED);
        if (pages.attempt(() -> houses.create(Pages.strip(houseSlug), Pages.strip(houseName), null, stage,
                        moveIn.orElse(null)),
                Map.of("slug", "houseSlug", "name", "houseName"))) {
            pages.redirect("/helfer/verwaltung", "houseAdded");
        }
        return null;
    }

    public String addAccount() {
        if (coordinator() == null) {
            return null;
        }
        var chosenRole = Role.HELPER.name().equals(role) ? Role.HELPER : Role.COORDINATOR;
        var chosenHouses = new HashSet<House>();
        for (var slug : memberOf) {
            houses.bySlug(slug).ifPresent(chosenHouses::add);
        }
        if (pages.attempt(() -> accounts.create(Pages.strip(username), Pages.strip(displayName),
                Pages.strip(email), password, chosenRole,
                "en".equals(language) ? "en" : "de", chosenHouses, mayPublish), Map.of("houses", "memberOf"))) {
            pages.redirect("/helfer/verwaltung", "accountAdded");
        }
        password = null;
        return null;
    }

    public String getHouseStage() {
        return houseStage;
    }

    public void setHouseStage(String houseStage) {
        this.houseStage = houseStage;
    }

    public String getHouseMoveIn() {
        return houseMoveIn;
    }

    public void setHouseMoveIn(String houseMoveIn) {
        this.houseMoveIn = houseMoveIn;
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
