/**
 * Bringing new residents in: the cooperative's checklist of steps ("Cloud-Konto angelegt", "Messenger auf dem
 * Handy", ...), each house's households as minimal entries, where every household stands on every step, who helped
 * and when, a welcome sheet per household, and the progress per house and across houses.
 * <p>Rules (enforced in {@link org.hausdesk.onboarding.entity.Household}, unit-tested):
 * <ul>
 * <li>A household is a label ("Whg. 2.3"); a first name and a contact only with the household's agreement to be
 * listed, nothing more.</li>
 * <li>A house's board is its helpers' and the coordinators'; another house's helper gets 404 (as for tickets).</li>
 * <li>Every change of a step records who and when; "needs help" files a ticket in the household's house (or links
 * one of that house's tickets) in the same transaction.</li>
 * <li>Households are personal data: in the coordinator's export and erasure by contact, removed by retention a set
 * time after they moved out, every change in the audit log.</li>
 * </ul>
 * <p>May use: platform, web, house, account, ticket, privacy. Used by: app. ({@code ArchitectureTest} checks this.)
 */
package org.hausdesk.onboarding;
