package dev.clearance.rules.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clearance.rules.model.Subject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision request as callers write it (JSON over REST and the CLI, YAML in golden cases):
 * jurisdiction codes as text, {@code ALL} allowed, {@code asOf} optional (today).
 */
public record DecisionRequestDocument(
        @JsonProperty(required = true) @NotNull @Valid Subject subject,
        @JsonProperty(required = true) @NotEmpty @Size(max = 60) List<@NotBlank String> jurisdictions,
        LocalDate asOf) {
}
