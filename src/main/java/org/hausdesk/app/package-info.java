/**
 * The application as a whole, on top of every component: the start-up order (restore a backup when asked, migrate
 * the schema, demo data in demo mode, the first coordinator from configuration, then
 * {@link org.hausdesk.platform.control.ApplicationReady} for the components that work in the background; a failed
 * start ends the process), the demo data that spans houses, accounts and tickets, and backups of database and
 * attachments ({@code POST /api/backups}, daily).
 *
 * <p>May use: every component. Used by: nothing. ({@code ArchitectureTest} checks this.)
 */
package org.hausdesk.app;
