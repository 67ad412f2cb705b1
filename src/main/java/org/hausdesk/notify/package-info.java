/**
 * Notifications by e-mail and to the helpers' chat room, through an outbox.
 *
 * <p>Rules: a message is written to the outbox in the same transaction as the change that causes
 * it, and sent only after that transaction committed; sending never blocks or rolls back the
 * request. A failed send is retried with exponential back-off; messages that keep failing are
 * listed for coordinators ({@code GET /api/outbox}). Residents are written to only about public
 * things (replies, questions, solutions), never about internal notes, and each mail carries a
 * private link of its own. A sent message's body is deleted: the outbox is not an archive of
 * personal data.
 *
 * <p>May use: platform, house, account, ticket, privacy (as events and the {@code ResidentMail} interface it
 * implements). Used by: nothing: its control classes are heard, not called. ({@code ArchitectureTest} checks
 * this.)
 */
package org.hausdesk.notify;
