package dev.clearance.service.cli;

import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.PackSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compiles and checks a folder of packs; prints each problem as {@code file:line:column: code: message}. */
@Command(name = "validate", description = "Compile and check the packs under DIR.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder holding pack folders.")
    Path dir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            PackSnapshot snapshot = new PackLoader().load(PackSources.fromDirectory(dir));
            for (CompiledPack pack : snapshot.packs()) {
                out.printf("ok %s: %d rules, %d table rows, %s%n", pack.label(), pack.rules().size(),
                        pack.tableRows().size(), pack.contentHash());
            }
            out.println("snapshot " + snapshot.hash());
            return ClearanceCommand.OK;
        } catch (PackException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem(s); nothing was published");
            return ClearanceCommand.FAILED;
        }
    }
}
