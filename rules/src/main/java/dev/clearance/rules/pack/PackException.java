package dev.clearance.rules.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack set that cannot go live, with every problem found. The live snapshot is left untouched. */
public final class PackException extends RuntimeException {

    private final transient List<PackProblem> problems;

    public PackException(List<PackProblem> problems) {
        super(problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public PackException(PackProblem problem) {
        this(List.of(problem));
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
