package org.hausdesk.kb.entity;

/** Where a revision came from: an edit in Hausdesk, or a kb-content file. */
public enum RevisionSource {
    APP, IMPORT
}
