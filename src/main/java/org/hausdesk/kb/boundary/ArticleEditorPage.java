package org.hausdesk.kb.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.hausdesk.account.control.Caller;
import org.hausdesk.account.entity.Account;
import org.hausdesk.kb.control.Articles;
import org.hausdesk.kb.control.Markdown;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleContent;
import org.hausdesk.kb.entity.ArticleRevision;
import org.hausdesk.kb.entity.Visibility;
import org.hausdesk.platform.control.Links;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.web.Pages;

/**
 * The article editor for helpers ({@code /helfer/artikel/<slug>}): edit with a preview, see the
 * revisions, publish (coordinators and helpers allowed to). Without a slug: every article with its
 * status. A solved ticket's "FAQ-Artikel daraus machen" posts here and lands in the new draft.
 */
@Named
@RequestScoped
public class ArticleEditorPage {

    @Inject
    Articles articles;

    @Inject
    Pages pages;

    @Inject
    org.hausdesk.house.control.Houses houseList;

    @Inject
    Caller caller;

    private Account account;
    private Article article;
    private String title;
    private String problem;
    private String solution;
    private String category;
    private String tags;
    private String visibility;
    private String house;
    private Long version;
    private String preview;

    private boolean loaded;

    /** Before the page is shown: the article's fields, or a new draft from a ticket, or 404. */
    public void load() {
        if (account() == null) {
            return;
        }
        var fromTicket = pages.param("vonAnfrage");
        if (fromTicket != null && pages.posted("vonAnfrage")) {
            draftFrom(fromTicket);
            return;
        }
        if (pages.param("slug") == null) {
            return;
        }
        if (article() == null) {
            pages.notFound();
            return;
        }
        var content = article.content();
        title = content.title();
        problem = content.problem();
        solution = content.solution();
        category = content.category().name();
        tags = String.join(", ", content.tags());
        visibility = content.visibility().name();
        house = content.house();
        version = article.version();
    }

    private void draftFrom(String ticketNumber) {
        var created = new Article[1];
        var done = pages.attempt(() -> created[0] = articles.draftFromTicket(ticketNumber, null, account).orElse(null));
        if (done && created[0] == null) {
            pages.notFound();
        } else if (done) {
            pages.redirect("/helfer/artikel/" + created[0].slug(), "draftCreated");
        } else {
            pages.redirect(Links.staffPath(ticketNumber), "draftFailed");
        }
    }

    public Account account() {
        if (!loaded) {
            loaded = true;
            account = pages.signedIn(caller.account()).orElse(null);
            var slug = pages.param("slug");
            article = account == null || slug == null ? null : articles.read(slug, account).orElse(null);
        }
        return account;
    }

    /** Read once per request, also when a form is sent. */
    public Article article() {
        account();
        return article;
    }

    public List<Article> all() {
        return account() == null ? List.of() : articles.list(account, new Articles.Filter(null, null, false, 0, 500));
    }

    public List<ArticleRevision> revisions() {
        return article().revisions().reversed();
    }

    /** What a revision changed against the one before it, in words: "Titel und Lösung geändert", "erste Fassung". */
    public String changes(ArticleRevision revision) {
        var all = article().revisions();
        int at = all.indexOf(revision);
        if (at <= 0) {
            return pages.text("revision.first");
        }
        var before = all.get(at - 1).content();
        var now = revision.content();
        var changed = new java.util.ArrayList<String>();
        if (!java.util.Objects.equals(before.title(), now.title())) {
            changed.add(pages.text("revision.title"));
        }
        if (!java.util.Objects.equals(before.problem(), now.problem())) {
            changed.add(pages.text("revision.problem"));
        }
        if (!java.util.Objects.equals(before.solution(), now.solution())) {
            changed.add(pages.text("revision.solution"));
        }
        if (before.category() != now.category()) {
            changed.add(pages.text("revision.category"));
        }
        if (!java.util.Objects.equals(before.tags(), now.tags())) {
            changed.add(pages.text("revision.tags"));
        }
        if (before.visibility() != now.visibility()) {
            changed.add(pages.text("revision.visibility"));
        }
        if (!java.util.Objects.equals(before.house(), now.house())) {
            changed.add(pages.text("revision.house"));
        }
        if (changed.isEmpty()) {
            return pages.text("revision.unchanged");
        }
        var list = changed.size() == 1 ? changed.getFirst()
                : String.join(", ", changed.subList(0, changed.size() - 1)) + " " + pages.text("revision.and") + " "
                + changed.getLast();
        return pages.text("revision.changed", list);
    }

    /** Who made a revision: the helper, or the kb-content import. */
    public String author(ArticleRevision revision) {
        return revision.source() == org.hausdesk.kb.entity.RevisionSource.IMPORT ? pages.text("revision.imported")
                : revision.authorName();
    }

    public String sourceTickets() {
        return String.join(", ", article().sourceTickets());
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }

    public List<Visibility> visibilities() {
        return List.of(Visibility.values());
    }

    public boolean mayPublish() {
        return account() != null && account.mayPublish(); // the account's rule: coordinators, or helpers allowed to
    }

    public String preview() {
        return preview;
    }

    public String showPreview() {
        reload();
        if (solution != null && !solution.isBlank()) {
            preview = Markdown.toSafeHtml(solution);
        }
        return null;
    }

    public String save() {
        reload();
        if (article == null) {
            return null;
        }
        if (version == null) {
            return null;
        }
        // the rules are those of the API (ArticleContent, Articles.edit): said beside the editor's fields
        var content = new ArticleContent(title, problem, solution, Pages.choice(Category.class, category).orElse(null),
                tags == null ? List.of() : Arrays.asList(tags.split(",")), article.content().language(),
                Pages.choice(Visibility.class, visibility).orElse(Visibility.PUBLIC), house);
        if (pages.attempt(() -> articles.edit(article.slug(), content, account, version))) {
            pages.redirect("/helfer/artikel/" + article.slug(), "articleSaved");
        }
        return null;
    }

    public String publish() {
        reload();
        if (article != null && pages.attempt(() -> articles.publish(article.slug(), account))) {
            pages.redirect("/helfer/artikel/" + article.slug(), "articlePublished");
        }
        return null;
    }

    /** On a postback: the article again, keeping what was typed into the fields. */
    private void reload() {
        if (account() != null && article() == null) {
            pages.notFound();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    /** The houses the author may write house articles for: a helper's, a coordinator's all. */
    public List<org.hausdesk.house.entity.House> houses() {
        return account() == null ? List.of() : account.isCoordinator() ? houseList.all()
                : account.houses().stream().sorted(java.util.Comparator.comparing(org.hausdesk.house.entity.House::name))
                .toList();
    }

    /** "Neuen Artikel schreiben" on the list: title, house, topic and solution; the draft opens in the editor. */
    public String createArticle() {
        if (account() == null) {
            return null;
        }
        var content = new ArticleContent(newTitle, null, newSolution,
                Pages.choice(Category.class, newCategory).orElse(Category.OTHER), List.of(), "de",
                Visibility.PUBLIC, newHouse);
        var created = new Article[1];
        if (pages.attempt(() -> created[0] = articles.draft(content, account),
                java.util.Map.of("title", "newTitle", "solution", "newSolution", "house", "newHouse"))) {
            pages.redirect("/helfer/artikel/" + created[0].slug(), "articleCreated");
        }
        return null;
    }

    private String newTitle;
    private String newHouse;
    private String newCategory;
    private String newSolution;

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewHouse() {
        return newHouse;
    }

    public void setNewHouse(String newHouse) {
        this.newHouse = newHouse;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public String getNewSolution() {
        return newSolution;
    }

    public void setNewSolution(String newSolution) {
        this.newSolution = newSolution;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
