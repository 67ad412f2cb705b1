package org.hausdesk.kb.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hausdesk.account.control.Caller;
import org.hausdesk.kb.control.Articles;
import org.hausdesk.kb.control.Markdown;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.web.Pages;

/** One FAQ article ({@code /faq/<slug>}) with "Hat das geholfen?". Drafts and helpers-only articles are 404 for residents. */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    Articles articles;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    @Inject
    org.hausdesk.web.ChosenHouse chosenHouse;

    private Article article;

    private boolean loaded;

    public void load() {
        article();
    }

    /** Read once per request, also when the rating is sent. */
    public Article article() {
        if (!loaded) {
            loaded = true;
            article = articles.read(pages.param("slug"), caller.account().orElse(null), chosenHouse.slug())
                    .orElse(null);
            if (article == null) {
                pages.notFound();
            }
        }
        return article;
    }

    public String solutionHtml() {
        return Markdown.toSafeHtml(article().content().solution());
    }

    public String helpful() {
        return rate(true);
    }

    public String notHelpful() {
        return rate(false);
    }

    private String rate(boolean helpful) {
        var slug = pages.param("slug");
        if (!articles.rate(slug, chosenHouse.slug(), helpful)) {
            pages.notFound();
            return null;
        }
        pages.redirect("/faq/" + slug, helpful ? "ratedHelpful" : "ratedNotHelpful");
        return null;
    }
}
