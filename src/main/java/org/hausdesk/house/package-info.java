/**
 * Houses of the cooperative. A house has a short, stable slug (used in links and the API) and a
 * display name. Residents pick their house when they ask for help; helpers belong to houses.
 * Anyone may list houses; only a coordinator creates them.
 *
 * <p>May use: platform, web. Used by: account, ticket and everything above. ({@code ArchitectureTest} checks
 * this.)
 */
package org.hausdesk.house;
