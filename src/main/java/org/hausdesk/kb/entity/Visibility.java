package org.hausdesk.kb.entity;

/** Who may read a published article: everyone, or helpers and coordinators only. */
public enum Visibility {
    PUBLIC, HELPERS
}
