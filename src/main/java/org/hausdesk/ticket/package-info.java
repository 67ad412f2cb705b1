/**
 * Tickets: residents' requests for help and the conversation about them.
 *
 * <p>Rules (enforced in {@link org.hausdesk.ticket.entity.Ticket}, unit-tested with a fixed clock):
 * <ul>
 * <li>Anyone may file a ticket without an account; they get a number (e.g. {@code 2026-0042}) and a
 * private access token of 256 random bits, of which only a SHA-256 hash is stored.</li>
 * <li>With the token the resident reads the ticket without internal notes, replies (which reopens
 * it) and confirms a solution. A wrong token is answered like an unknown ticket: 404.</li>
 * <li>Helpers see and work the tickets of their houses; a coordinator sees all. A ticket of another
 * house answers 404, so its existence is not revealed.</li>
 * <li>Claims are serialised by a row lock: of two helpers claiming at once exactly one wins; the
 * other gets 409 naming the winner. State changes carry the version the helper saw; a stale one
 * gets 409.</li>
 * </ul>
 *
 * <p>May use: platform, web, house, account. It never calls notify or search: they hear its
 * {@code TicketHappened} events, and the two mails a resident asks for go through the
 * {@code ResidentMail} interface that notify implements. Used by: privacy, kb, notify, search, app. ({@code ArchitectureTest} checks this.)
 */
package org.hausdesk.ticket;
