package dev.clearance.rules.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An enterprise or individual business name with its registered business scope. */
public record BusinessName(
        @NotBlank @Size(max = TextLimits.NAME) String name,
        @Size(max = TextLimits.SCOPE) String businessScope,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code such as CN") String registeredIn)
        implements Subject {

    @Override
    @JsonProperty
    public SubjectKind kind() {
        return SubjectKind.BUSINESS_NAME;
    }
}
