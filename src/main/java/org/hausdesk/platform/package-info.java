/**
 * Cross-cutting plumbing every component relies on: the data source and its migrations, the clock,
 * the addresses in messages, rate limits, error mapping and health (start-up and demo data are the
 * {@code app} component's).
 *
 * <p>Rules: the database schema only ever changes through Flyway migrations under
 * {@code db/migration}, the same files for H2 and PostgreSQL; EclipseLink never generates schema.
 * Time comes from the injected {@link java.time.Clock}. No stack trace reaches a client: every
 * exception becomes a JSON {@link org.hausdesk.platform.boundary.Problem}.
 *
 * <p>May use: no other component. Used by: every component. ({@code ArchitectureTest} checks this.)
 */
package org.hausdesk.platform;
