/**
 * Data protection: what is stored about a resident, shown (export) and removed (erasure, retention),
 * and the audit log of sign-ins, denials, exports, erasures and coordinators' actions.
 *
 * <p>Rules: an export through a private link holds that one ticket only (anyone could file a request
 * with somebody else's e-mail address); a coordinator's export finds all tickets of an e-mail address
 * or phone number. Erasure and retention use the same anonymisation ({@code Ticket#anonymize}): the
 * resident's name and contact data go, every text is run through {@link
 * org.hausdesk.privacy.control.PersonalData}, links are revoked, messages about the ticket are
 * deleted from the outbox, the search index is updated; numbers, houses, categories and times stay.
 * The audit log never holds passwords, tokens, e-mail addresses or ticket text.
 *
 * <p>May use: platform, web, house, account, ticket; it tells other components about an erasure with a
 * {@code PersonalDataErased} event. Used by: kb, notify, search, app. ({@code ArchitectureTest} checks
 * this.)
 */
package org.hausdesk.privacy;
