package dev.clearance.rules.cases;

import java.util.List;

/** How one golden case went: empty {@code failures} means it passed. */
public record CaseResult(String file, String name, List<String> failures) {

    public CaseResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
