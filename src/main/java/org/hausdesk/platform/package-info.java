/**
 * Cross-cutting plumbing every component relies on: the data source and its migrations, start-up
 * (first coordinator, demo data), the clock, error mapping and health.
 *
 * <p>Rules: the database schema only ever changes through Flyway migrations under
 * {@code db/migration}, the same files for H2 and PostgreSQL; EclipseLink never generates schema.
 * Time comes from the injected {@link java.time.Clock}. No stack trace reaches a client: every
 * exception becomes a JSON {@link org.hausdesk.platform.boundary.Problem}.
 */
package org.hausdesk.platform;
