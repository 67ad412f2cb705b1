package org.hausdesk.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.EmailAddresses;
import org.hausdesk.search.control.Search;
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
    static final int SUBJECT_LENGTH = 80;

    @Inject
    Houses houses;

    @Inject
    Tickets tickets;

    @Inject
    Search search;

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
    private List<Search.Hit> suggestions = List.of();

    public List<House> houses() {
        return houses.all();
    }

    public List<Category> categories() {
        return Arrays.asList(Category.values());
    }

    public List<Search.Hit> suggestions() {
        return suggestions;
    }

    /** "Passende Antworten zeigen": the same page with the articles that fit what was typed. */
    public String suggest() {
        if (problem != null && !problem.isBlank()) {
            suggestions = search.suggest(problem, 5);
        }
        if (suggestions.isEmpty()) {
            pages.info("request.noSuggestions");
        }
        return null;
    }

    public String send() {
        if (website != null && !website.isBlank()) {
            LOG.info("A request with the honeypot field filled in was dropped");
            pages.redirect("/", "sent");
            return null;
        }
        if (name == null || name.isBlank()) {
            pages.fieldError("name", "request.name.missing");
        } else if (name.length() > 120) {
            pages.fieldError("name", "request.tooLong", 120);
        }
        var chosenHouse = house == null ? null : houses.bySlug(house).orElse(null);
        if (chosenHouse == null) {
            pages.fieldError("house", "request.house.missing");
        }
        String phone = null;
        String email = null;
        String door = null;
        if (contact != null && !contact.isBlank()) {
            var value = contact.strip();
            if (value.contains("@")) {
                if (!EmailAddresses.valid(value)) {
                    pages.fieldError("contact", "request.contact.invalid");
                }
                email = value;
            } else if (value.matches("[0-9 +()/-]{3,40}")) {
                phone = value;
            } else if (value.length() <= 120) {
                door = value; // "Whg. 2.3, bitte klingeln": a helper comes by
            } else {
                pages.fieldError("contact", "request.tooLong", 120);
            }
        }
        if (problem == null || problem.isBlank()) {
            pages.fieldError("problem", "request.problem.missing");
        } else if (problem.length() > 10_000) {
            pages.fieldError("problem", "request.tooLong", 10_000);
        }
        var chosenCategory = Pages.choice(Category.class, category).orElse(Category.OTHER); // "Weiß ich nicht"
        if (pages.failed()) {
            pages.error("request.fix");
            return null;
        }
        var filed = tickets.file(chosenHouse, chosenCategory, subjectOf(problem), problem.strip(),
                new Requester(name.strip(), phone, email, door), language.code(), null);
        pages.redirect("/anfrage/" + filed.ticket().number() + "?zugang=" + Language.encode(filed.accessToken())
                + "&neu=1");
        return null;
    }

    /** The first line of the problem, shortened at a word, serves as the subject helpers see in their queue. */
    static String subjectOf(String problem) {
        return shorten(problem.strip().lines().findFirst().orElse("").strip(), SUBJECT_LENGTH);
    }

    /** A text on one line, cut at a word (and its trailing punctuation) when longer than {@code length}, with " …". */
    static String shorten(String text, int length) {
        var line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= length) {
            return line;
        }
        var cut = line.substring(0, length);
        int space = cut.lastIndexOf(' ');
        return (space > length * 3 / 8 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.-]+$", "") + " …";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHouse() {
        return house;
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
