package org.hausdesk.house.entity;

/**
 * Where a house is in its life. Helpers are found long before move-in and future residents already ask for help
 * (signing up is the typical first request), so every stage takes requests and has helpers.
 */
public enum HouseStage {
    /** Planned: the group is forming, the building not yet started. */
    PLANNED,
    /** Being built: move-in is expected (see the house's move-in date). */
    UNDER_CONSTRUCTION,
    /** People live there. */
    OCCUPIED
}
