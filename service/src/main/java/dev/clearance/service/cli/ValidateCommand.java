package dev.clearance.service.cli;

import dev.clearance.rules.cases.CaseFile;
import dev.clearance.rules.lint.LintFinding;
import dev.clearance.rules.lint.Linter;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.PackSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Compiles, checks and lints a folder of packs; prints each problem as
 * {@code file:line:column: code: message} and each lint finding with its severity. Lint errors
 * fail the run, warnings do not.
 */
@Command(name = "validate", description = "Compile, check and lint the packs under DIR.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder holding pack folders.")
    Path dir;

    @Option(names = "--cases", paramLabel = "DIR",
            description = "Golden cases to run for the conflict and shadowing checks, besides generated probes.")
    Path cases;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<PackFiles> files = PackSources.fromDirectory(dir);
            PackSnapshot snapshot = new PackLoader().load(files);
            for (CompiledPack pack : snapshot.packs()) {
                out.printf("ok %s: %d rules, %d table rows, %s%n", pack.label(), pack.rules().size(),
                        pack.tableRows().size(), pack.contentHash());
            }
            out.println("snapshot " + snapshot.hash());
            List<LintFinding> findings = Linter.lint(files, snapshot, cases == null ? List.of() : CaseFile.readAll(cases));
            findings.forEach(out::println);
            long errors = findings.stream().filter(LintFinding::isError).count();
            out.printf("lint: %d error(s), %d warning(s)%n", errors, findings.size() - errors);
            return errors == 0 ? ClearanceCommand.OK : ClearanceCommand.FAILED;
        } catch (PackException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem(s); nothing was published");
            return ClearanceCommand.FAILED;
        }
    }
}
