package dev.clearance.service.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * What a key may do. {@code reader}: ask for decisions; {@code exchange}: decisions, and the
 * listing and order doors of the matching core; {@code legal}: decisions, and validating and
 * publishing packs; {@code admin}: everything, including keys, the audit check and metrics.
 */
public enum Role {
    @JsonProperty("reader") READER,
    @JsonProperty("exchange") EXCHANGE,
    @JsonProperty("legal") LEGAL,
    @JsonProperty("admin") ADMIN;

    /** The Spring Security authority name, {@code ROLE_READER} etc. */
    String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
