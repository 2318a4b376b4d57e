package dev.clearance.service.cli;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.impact.AuditLogRequests;
import dev.clearance.rules.impact.CorpusRequests;
import dev.clearance.rules.impact.GoldenRequests;
import dev.clearance.rules.impact.ImpactAnalysis;
import dev.clearance.rules.impact.ImpactReport;
import dev.clearance.rules.impact.LabelledRequest;
import dev.clearance.rules.impact.SkippedRequest;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.PackSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares a draft pack set with the live one over golden cases, the corpus and stored
 * decisions, and prints every verdict the draft would change with the rules responsible.
 */
@Command(name = "impact", description = "Show which verdicts a draft pack set would change.")
final class ImpactCommand implements Callable<Integer> {

    @Option(names = "--draft", required = true, paramLabel = "DIR", description = "Folder of the draft pack folders.")
    Path draft;

    @Option(names = "--cases", paramLabel = "DIR", description = "Golden cases to decide both ways.")
    Path cases;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Corpus folder: kalshi_markets.csv titles (DCM, every jurisdiction) and company_names.csv names (CN).")
    Path corpus;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Audit log whose stored requests to replay.")
    String database;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Most requests taken from each corpus file and from the audit log; 0 for all.")
    int limit;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date corpus subjects are decided on (default: today).")
    LocalDate asOf;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
    Path json;

    @Mixin
    PackOption packs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PackSnapshot live = new PackLoader().load(packs.packFiles());
        PackSnapshot proposed = new PackLoader().load(PackSources.fromDirectory(draft));
        LocalDate today = asOf == null ? ClearanceCommand.today() : asOf;
        List<LabelledRequest> requests = new ArrayList<>();
        List<SkippedRequest> skipped = new ArrayList<>();
        if (cases != null) {
            requests.addAll(GoldenRequests.of(CaseFile.readAll(cases)));
        }
        if (corpus != null) {
            if (Files.isDirectory(corpus)) {
                requests.addAll(CorpusRequests.read(corpus, today, limit));
            } else {
                out.println("no corpus at " + corpus + "; deciding without it");
            }
        }
        if (database != null) {
            AuditLogRequests.read(database, limit, today, requests, skipped);
        }
        ImpactReport report;
        try (ImpactAnalysis impact = new ImpactAnalysis(live, proposed)) {
            report = impact.compare(requests, skipped);
        }
        out.print(report.toText());
        if (json != null) {
            Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
            out.println("wrote " + json);
        }
        return ClearanceCommand.OK;
    }
}
