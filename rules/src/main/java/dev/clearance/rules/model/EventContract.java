package dev.clearance.rules.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A prediction-market contract. {@code declaredCategory} is the submitter's own label: a hint to
 * the classifier, never trusted over the text.
 */
public record EventContract(
        @NotBlank @Size(max = TextLimits.TITLE) String title,
        @Size(max = TextLimits.DESCRIPTION) String description,
        @Size(max = TextLimits.TERMS) String terms,
        @Valid Venue venue,
        @Size(max = TextLimits.LABEL) String declaredCategory) implements Subject {

    @Override
    @JsonProperty
    public SubjectKind kind() {
        return SubjectKind.EVENT_CONTRACT;
    }

    @JsonIgnore
    public VenueRegistration registration() {
        return venue == null || venue.registration() == null ? null : venue.registration();
    }
}
