package dev.clearance.service.cli;

import dev.clearance.rules.explain.RuleMiss;
import dev.clearance.rules.explain.WhyNot;
import dev.clearance.rules.io.RequestReader;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.JurisdictionDecision;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * For one request and one jurisdiction: the verdict and the rules that decided it, then the
 * rules that did not fire there, nearest to firing first, each with the condition that failed.
 */
@Command(name = "why-not", description = "Explain which rules did not fire for a request in a jurisdiction, and why.")
final class WhyNotCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Request JSON (the same shape as for check).")
    Path file;

    @Option(names = {"-j", "--jurisdiction"}, required = true, paramLabel = "CODE",
            description = "The jurisdiction to explain, e.g. US-NJ.")
    String jurisdiction;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Most rules listed (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    PackOption packs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DecisionRequest request = RequestReader.readJson(Files.readString(file), ClearanceCommand.today());
        if (request.jurisdictions().stream().noneMatch(j -> j.code().equals(jurisdiction))) {
            throw new IllegalArgumentException("the request does not ask about `" + jurisdiction + "`; add it to its jurisdictions");
        }
        List<PackFiles> sources = packs.packFiles();
        LivePacks live = new LivePacks(sources);
        try (WhyNot whyNot = WhyNot.of(sources, live.current())) {
            JurisdictionDecision decided = whyNot.decide(request, jurisdiction).orElseThrow();
            out.println(jurisdiction + ": " + decided.verdict());
            for (Finding finding : decided.findings()) {
                out.println("  fired " + finding.ruleId() + " (" + finding.verdict() + "): " + finding.reason());
            }
            List<RuleMiss> misses = whyNot.explain(request, decided);
            out.println("rules that did not fire (" + misses.size() + "), nearest first:");
            misses.stream().limit(limit).forEach(miss -> out.println("  " + miss.sentence()));
        }
        return ClearanceCommand.OK;
    }
}
