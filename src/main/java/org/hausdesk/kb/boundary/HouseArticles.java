package org.hausdesk.kb.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hausdesk.kb.control.Articles;
import org.hausdesk.kb.entity.Article;

/**
 * A house's own FAQ articles, for its page ({@code /haus/<slug>}): the page belongs to the account component, which
 * does not depend on the knowledge base, so the page asks this bean.
 */
@Named
@RequestScoped
public class HouseArticles {

    @Inject
    Articles articles;

    /** The published articles of the house, by title. */
    public List<Article> of(String house) {
        return house == null ? List.of() : articles.ofHouse(house);
    }
}
