package org.hausdesk.platform.control;

/**
 * Fired at start when a backup was loaded into the database, before {@link ApplicationReady}: whatever was derived
 * from the database before (the search index) no longer fits it.
 *
 * @param from the backup folder
 */
public record DatabaseRestored(String from) {
}
