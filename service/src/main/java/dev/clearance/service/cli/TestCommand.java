package dev.clearance.service.cli;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.cases.CaseReport;
import dev.clearance.rules.cases.CaseRunner;
import dev.clearance.rules.pack.LivePacks;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a folder of golden cases and reports failures and rule coverage. */
@Command(name = "test", description = "Run the golden cases under DIR against the packs.")
final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder of golden-case YAML files (searched recursively).")
    Path cases;

    @Option(names = "--no-coverage-gate", description = "Do not fail when some rule is exercised by no case.")
    boolean noCoverageGate;

    @Mixin
    PackOption packs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LivePacks live = packs.load();
        CaseReport report = new CaseRunner(live).run(CaseFile.readAll(cases));
        spec.commandLine().getOut().print(report.toText());
        boolean coverageOk = noCoverageGate || report.fullCoverage();
        return report.failed() == 0 && coverageOk ? ClearanceCommand.OK : ClearanceCommand.FAILED;
    }
}
