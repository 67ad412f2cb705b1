/**
 * Full-text search with Apache Lucene, for German as residents type it.
 *
 * <p>Rules: no other component depends on this one; it learns of changes through CDI events after
 * commit, so it only ever indexes committed data. The database is the truth: the index is rebuilt
 * at start when it is missing, unreadable or built by another version of the analysis, and on a
 * coordinator's request, while searches go on against the old index. User input is plain text,
 * never query syntax. Who may see what is part of the Lucene query itself: residents only public
 * published articles; helpers also helpers-only articles and the tickets of their houses and the
 * shared queue; internal notes only for helpers. Suspected outages (similar tickets from several
 * houses at once) are found in the index; linking them is done by the ticket component.
 *
 * <p>May use: platform, web, house, account, ticket, privacy, kb. Used by: nothing: its control classes are
 * heard, not called; pages use its boundary beans (e.g. {@code Suggestions} on the request form).
 * ({@code ArchitectureTest} checks this.)
 */
package org.hausdesk.search;
