package dev.clearance.rules.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clearance.rules.io.DecisionRequestDocument;
import dev.clearance.rules.io.RequestException;
import dev.clearance.rules.io.RequestReader;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One golden case as a lawyer writes it: a sentence as its name, a subject, the date, the
 * jurisdictions, the verdict expected in each, and rule ids that must fire. The date is required:
 * a case decided on "today" would change its answer with the calendar.
 */
public record GoldenCase(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) LocalDate asOf,
        @JsonProperty(required = true) Subject subject,
        @JsonProperty(required = true) List<String> jurisdictions,
        @JsonProperty(required = true) Map<String, Verdict> expect,
        List<String> rules) {

    public GoldenCase {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The case's request, validated like any caller's; throws {@link RequestException} naming the field. */
    public DecisionRequest request() {
        return RequestReader.toRequest(new DecisionRequestDocument(subject, jurisdictions, asOf), asOf);
    }
}
