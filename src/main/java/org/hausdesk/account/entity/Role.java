package org.hausdesk.account.entity;

/** What a signed-in person may do. Residents have no account and therefore no role. */
public enum Role {
    /** Works the queues of the houses they belong to. */
    HELPER,
    /** Sees every house; manages houses and accounts. */
    COORDINATOR
}
