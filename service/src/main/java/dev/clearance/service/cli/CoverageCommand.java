package dev.clearance.service.cli;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.cases.CaseReport;
import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.coverage.CoverageHtml;
import dev.clearance.rules.coverage.CoverageReport;
import dev.clearance.rules.pack.LivePacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reports which golden cases exercise each rule, table row and cited article, as text and
 * optionally as one HTML page, and fails when a share falls below its gate (compared exactly).
 */
@Command(name = "coverage", description = "Report rule, row and article coverage of the golden cases under DIR.")
final class CoverageCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder of golden-case YAML files (searched recursively).")
    Path cases;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as a self-contained HTML page.")
    Path html;

    @Option(names = "--min-rules", paramLabel = "PERCENT", defaultValue = "100",
            description = "Least share of rules the cases must exercise (default: ${DEFAULT-VALUE}).")
    BigDecimal minRules;

    @Option(names = "--min-rows", paramLabel = "PERCENT", defaultValue = "0",
            description = "Least share of table rows the cases must exercise (default: ${DEFAULT-VALUE}).")
    BigDecimal minRows;

    @Option(names = "--min-articles", paramLabel = "PERCENT", defaultValue = "0",
            description = "Least share of cited articles the cases must exercise (default: ${DEFAULT-VALUE}).")
    BigDecimal minArticles;

    @Mixin
    PackOption packs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LivePacks live = packs.load();
        CaseReport cases = new CaseRunner(live).run(CaseFile.readAll(this.cases));
        CoverageReport report = CoverageReport.of(live.current(), cases);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.toText());
        if (html != null) {
            Files.writeString(html, CoverageHtml.render(report, "Clearance golden-case coverage"), StandardCharsets.UTF_8);
            out.println("wrote " + html);
        }
        boolean met = gate(out, "rules", report.ruleRatio().meets(minRules), minRules)
                & gate(out, "table rows", report.rowRatio().meets(minRows), minRows)
                & gate(out, "cited articles", report.articleRatio().meets(minArticles), minArticles);
        return met ? ClearanceCommand.OK : ClearanceCommand.FAILED;
    }

    private static boolean gate(PrintWriter out, String what, boolean met, BigDecimal minimum) {
        if (!met) {
            out.println("gate failed: " + what + " below " + minimum.toPlainString() + "%");
        }
        return met;
    }
}
