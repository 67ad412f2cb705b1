/**
 * The knowledge base: FAQ articles that residents find themselves, drafted from solved tickets and
 * kept as Markdown files in {@code kb-content/} too.
 *
 * <p>Rules:
 * <ul>
 * <li>Residents only ever see published, public articles; drafts, archived and helpers-only
 * articles answer 404 to them.</li>
 * <li>Every edit is a revision with author and time; any two revisions can be compared.</li>
 * <li>A draft from a ticket has personal data removed before it is stored
 * ({@link org.hausdesk.privacy.control.PersonalData}): names, e-mail addresses, phone numbers, flat and
 * house numbers, the house.</li>
 * <li>Publishing takes a coordinator or a helper allowed to publish.</li>
 * <li>Markdown is rendered by commonmark-java and the HTML sanitised by the OWASP sanitizer: no
 * script, event handler or {@code javascript:} link survives.</li>
 * <li>kb-content files are imported at start, idempotently; an article edited in the app since its
 * last import is never overwritten silently: the conflict is logged and shown to coordinators.</li>
 * </ul>
 *
 * <p>May use: platform, web, house, account, ticket, privacy. Used by: search, app. ({@code ArchitectureTest}
 * checks this.)
 */
package org.hausdesk.kb;
