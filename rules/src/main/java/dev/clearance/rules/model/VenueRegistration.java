package dev.clearance.rules.model;

/** How the venue listing an event contract is registered with the CFTC. */
public enum VenueRegistration {
    /** Designated contract market. */
    DCM,
    /** Registered foreign board of trade. */
    FBOT,
    /** Not registered: outside the federal framework. */
    NONE
}
