package dev.clearance.service.exchange;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clearance.rules.model.Subject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An exchange's request to list an event contract: the subject in the shape decisions take. */
record ListingRequest(@JsonProperty(required = true) @NotNull @Valid Subject subject) {
}
