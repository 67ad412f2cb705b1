/**
 * The application as a whole, on top of every component: the start-up order (migrate the schema, demo data in
 * demo mode, the first coordinator from configuration, then {@link org.hausdesk.platform.control.ApplicationReady}
 * for the components that work in the background) and the demo data that spans houses, accounts and tickets.
 *
 * <p>May use: every component. Used by: nothing. ({@code ArchitectureTest} checks this.)
 */
package org.hausdesk.app;
