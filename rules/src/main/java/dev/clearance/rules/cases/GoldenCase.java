package dev.clearance.rules.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One golden case as a lawyer writes it: a sentence as its name, a subject, the date, the
 * jurisdictions, the verdict expected in each, and rule ids that must fire.
 */
public record GoldenCase(
        @JsonProperty(required = true) String name,
        LocalDate asOf,
        @JsonProperty(required = true) Subject subject,
        @JsonProperty(required = true) List<String> jurisdictions,
        @JsonProperty(required = true) Map<String, Verdict> expect,
        List<String> rules) {

    public GoldenCase {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
