package org.hausdesk.platform.control;

/** Fired once at start, after the schema is migrated: the moment for timers and background work to begin. */
public record ApplicationReady() {
}
