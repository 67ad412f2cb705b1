package org.hausdesk.kb.control;

/**
 * Fired inside the transaction that created, edited, published, archived or imported an article.
 * Observers that must see only committed data (the search index) observe it after success.
 */
public record ArticleChanged(String slug) {
}
