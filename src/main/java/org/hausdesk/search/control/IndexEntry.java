package org.hausdesk.search.control;

import java.time.Instant;
import java.util.List;

/**
 * What one article or ticket contributes to the index, read from the database in a transaction.
 *
 * @param house  the house id of a ticket, {@code null} for articles
 * @param filed  when a ticket was filed, {@code null} for articles
 * @param outage the outage a ticket is linked to, if any
 * @param articleHouse the house (slug) a house article is for; null for all houses and for tickets
 */
public record IndexEntry(String type, String key, String title, String body, List<String> tags, String notes,
                         String category, String visibility, Long house, String escalation, String state,
                         String language, Instant filed, Long outage, String articleHouse) {

    public IndexEntry(String type, String key, String title, String body, List<String> tags, String notes,
                      String category, String visibility, Long house, String escalation, String state,
                      String language, Instant filed, Long outage) {
        this(type, key, title, body, tags, notes, category, visibility, house, escalation, state, language, filed,
                outage, null);
    }

    /** An article, or a ticket whose filing time does not matter. */
    public IndexEntry(String type, String key, String title, String body, List<String> tags, String notes,
                      String category, String visibility, Long house, String escalation, String state,
                      String language) {
        this(type, key, title, body, tags, notes, category, visibility, house, escalation, state, language, null, null);
    }

    public String id() {
        return type + ":" + key;
    }
}
