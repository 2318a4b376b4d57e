package dev.clearance.rules.impact;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.cases.GoldenCase;
import dev.clearance.rules.io.RequestException;
import java.util.ArrayList;
import java.util.List;

/** The requests golden cases make, decided on the case's date or the runner's fixed default. */
public final class GoldenRequests {

    public static final String SOURCE = "golden case";

    private GoldenRequests() {
    }

    /**
     * One request per case.
     *
     * @throws IllegalArgumentException naming the case, when a case's request is invalid (the
     *                                  {@code test} command reports such a case as a failure)
     */
    public static List<LabelledRequest> of(List<CaseFile> files) {
        List<LabelledRequest> requests = new ArrayList<>();
        for (CaseFile file : files) {
            for (GoldenCase golden : file.cases()) {
                try {
                    requests.add(new LabelledRequest(SOURCE, golden.name(), golden.request()));
                } catch (RequestException e) {
                    throw new IllegalArgumentException(file.path() + ": case `" + golden.name()
                            + "` has an invalid request: " + e.getMessage(), e);
                }
            }
        }
        return requests;
    }
}
