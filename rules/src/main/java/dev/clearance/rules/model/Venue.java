package dev.clearance.rules.model;

/** The venue that lists an event contract. */
public record Venue(String name, VenueRegistration registration) {
}
