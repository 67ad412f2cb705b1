package org.hausdesk.platform.control;

/**
 * Something the audit log keeps: who did what to which object. Components fire it as a CDI event;
 * the privacy component writes it down. Never put passwords, tokens or ticket text into it.
 *
 * @param actor  the username, or "anonym" for a resident, or "Hausdesk" for a job
 * @param action e.g. {@code SIGN_IN}, {@code ERASURE}
 * @param target what it was done to (ticket numbers, a username, a path), or null
 */
public record Audited(String actor, String action, String target) {

    /** What a client typed (a name with a NUL, say) is kept without its control characters, on every database. */
    public Audited {
        actor = TextInput.withoutControlCharacters(actor);
        target = TextInput.withoutControlCharacters(target);
    }
}
