/**
 * People who sign in: helpers (volunteers, members of one or more houses) and coordinators (see
 * every house, manage houses and accounts). Residents have no account; they follow their request
 * through a private link (see the ticket component).
 *
 * <p>Rules: passwords are only ever stored as PBKDF2 hashes ({@code PBKDF2WithHmacSHA512},
 * 210,000 iterations, the platform's {@code Pbkdf2PasswordHash}). Every REST call decides access
 * from the signed-in {@link org.hausdesk.account.control.Caller}, on the server, per request.
 *
 * <p>May use: platform, web, house. Used by: ticket and everything above. ({@code ArchitectureTest} checks
 * this.)
 */
package org.hausdesk.account;
