package org.hausdesk.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hausdesk.search.control.Search;
import org.hausdesk.web.Pages;

/**
 * "Passende Antworten zeigen" on the request form without JavaScript: the FAQ articles that fit what the resident
 * typed, on the same page. The form belongs to the ticket component, which does not depend on search: the page
 * calls this bean with the text of the form.
 */
@Named
@RequestScoped
public class Suggestions {

    static final int SHOWN = 5;

    @Inject
    Search search;

    @Inject
    Pages pages;

    private List<Search.Hit> hits = List.of();

    public List<Search.Hit> hits() {
        return hits;
    }

    /** @param house the house chosen on the form (a slug), whose own articles are suggested too; or null */
    public String show(String problem, String house) {
        if (problem != null && !problem.isBlank()) {
            hits = search.suggest(problem, house == null || house.isBlank() ? null : house, SHOWN);
        }
        if (hits.isEmpty()) {
            pages.info("request.noSuggestions");
        }
        return null;
    }
}
