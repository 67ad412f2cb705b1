package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.control.Links;
import org.hausdesk.ticket.control.Subjects;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Requester;
import org.hausdesk.web.Language;
import org.hausdesk.web.Pages;

/**
 * The request form ({@code /hilfe}): five fields, FAQ suggestions for what was typed, and on
 * sending the request's private page. The page keeps no state on the server, so a form that took
 * half an hour to write is still accepted; a form with a mistake comes back with everything typed.
 */
@Named
@RequestScoped
public class RequestForm {

    private static final Logger LOG = Logger.getLogger(RequestForm.class.getName());

    @Inject
    Houses houses;

    @Inject
    Tickets tickets;


    @Inject
    Pages pages;

    @Inject
    Language language;

    private String name;
    private String house;
    private String contact;
    private String problem;
    private String category;
    /** The honeypot: hidden from people, filled in by simple bots. */
    private String website;

    public List<House> houses() {
        return houses.all();
    }

    public List<Category> categories() {
        return Arrays.asList(Category.values());
    }

    public String send() {
        if (website != null && !website.isBlank()) {
            LOG.info("A request with the honeypot field filled in was dropped");
            pages.redirect("/", "sent");
            return null;
        }
        var chosenHouse = house == null ? null : houses.bySlug(house).orElse(null);
        var requester = Requester.withContact(name, contact);
        var chosenCategory = Pages.choice(Category.class, category).orElse(Category.OTHER); // "Weiß ich nicht"
        var text = Pages.strip(problem);
        Tickets.Filed[] filed = new Tickets.Filed[1];
        // the rules are those of the API (Tickets.file, Requester); only the form's field names differ
        if (!pages.attempt(() -> filed[0] = tickets.file(chosenHouse, chosenCategory, Subjects.of(text),
                text, requester, language.code(), null), FORM_FIELDS)) {
            pages.error("request.fix");
            return null;
        }
        pages.redirect(Links.residentPath(filed[0].ticket().number(), filed[0].accessToken()) + "&neu=1");
        return null;
    }

    /** Where the form shows what the rules say about a parameter of {@code Tickets.file} or a {@code Requester}. */
    private static final Map<String, String> FORM_FIELDS = Map.of("subject", "problem", "description", "problem",
            "phone", "contact", "email", "contact", "door", "contact");

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The house chosen, or on first showing the one the link names ({@code /hilfe?haus=linden}, from a house's page). */
    public String getHouse() {
        return house != null ? house : pages.param("haus");
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
