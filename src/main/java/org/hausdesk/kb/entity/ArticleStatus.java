package org.hausdesk.kb.entity;

/** Only published articles reach readers; archived ones stay for history. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
