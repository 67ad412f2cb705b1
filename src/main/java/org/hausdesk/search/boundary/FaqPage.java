package org.hausdesk.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.kb.control.Articles;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleStatus;
import org.hausdesk.search.control.Scope;
import org.hausdesk.search.control.Search;
import org.hausdesk.search.control.SearchMisses;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.web.Pages;

/**
 * The FAQ ({@code /faq}): search with highlighted results, counts per category and "Meinten Sie …?",
 * or, without a search, the published articles of a category.
 */
@Named
@RequestScoped
public class FaqPage {

    static final int PAGE_SIZE = 10;

    @Inject
    Search search;

    @Inject
    SearchMisses misses;

    @Inject
    Articles articles;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    @Inject
    org.hausdesk.web.ChosenHouse chosenHouse;

    @Inject
    org.hausdesk.house.control.Houses houses;

    private Search.Result result;

    /** Before the page is written: a house chosen with {@code ?haus=} is remembered in its cookie. */
    public void load() {
        chosenHouse.slug();
    }

    public List<Category> categories() {
        return Arrays.asList(Category.values());
    }

    public String query() {
        return pages.param("q");
    }

    public Category category() {
        var name = pages.param("kategorie");
        return Pages.choice(Category.class, name).orElse(null);
    }

    public int offset() {
        try {
            return Math.max(0, Integer.parseInt(pages.param("ab") == null ? "0" : pages.param("ab")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Search.Result result() {
        if (result == null && query() != null) {
            var scope = caller.account().map(Scope::of).orElse(Scope.resident(chosenHouse.slug()));
            result = search.search(query(), scope, category(), true, offset(), PAGE_SIZE);
            if (result.total() == 0 && !result.query().isEmpty() && category() == null) {
                misses.count(result.query());
            }
        }
        return result;
    }

    public record CategoryCount(Category category, long count) {
    }

    /** How many results each category has, in the order of the categories. */
    public List<CategoryCount> categoryCounts() {
        var counts = result().categories();
        return Arrays.stream(Category.values()).filter(c -> counts.getOrDefault(c.name(), 0L) > 0)
                .map(c -> new CategoryCount(c, counts.get(c.name()))).toList();
    }

    public boolean hasMore() {
        return result() != null && offset() + PAGE_SIZE < result().total();
    }

    public int nextOffset() {
        return offset() + PAGE_SIZE;
    }

    /** Without a search: the published articles, of one category or all. */
    public List<Article> articles() {
        Account reader = caller.account().orElse(null);
        return articles.list(reader, chosenHouse.slug(), new Articles.Filter(category(), ArticleStatus.PUBLISHED,
                false, 0, 500));
    }

    /** The houses a resident picks theirs from, to find their house's own articles too. */
    public List<org.hausdesk.house.entity.House> houses() {
        return houses.all();
    }

    /** The house the resident chose (kept in a cookie), if it exists. */
    public org.hausdesk.house.entity.House house() {
        var slug = chosenHouse.slug();
        return slug == null ? null : houses.bySlug(slug).orElse(null);
    }
}
