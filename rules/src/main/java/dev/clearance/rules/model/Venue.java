package dev.clearance.rules.model;

import jakarta.validation.constraints.Size;

/** The venue that lists an event contract. */
public record Venue(@Size(max = TextLimits.LABEL) String name, VenueRegistration registration) {
}
