package dev.clearance.service.cli;

import dev.clearance.rules.io.RequestException;
import dev.clearance.rules.pack.PackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line face of the jar: {@code check}, {@code test}, {@code validate}, {@code screen},
 * {@code coverage}, {@code impact}, {@code why-not}.
 */
@Command(name = "clearance", mixinStandardHelpOptions = true,
        description = "Compliance decisions for event contracts, crypto products and business names.",
        subcommands = {CheckCommand.class, TestCommand.class, ValidateCommand.class, ScreenCommand.class,
                CoverageCommand.class, ImpactCommand.class, WhyNotCommand.class})
public final class ClearanceCommand implements Runnable {

    /** The run succeeded. */
    static final int OK = 0;
    /** The run worked, but what it checked failed (a golden case, a pack). */
    static final int FAILED = 1;
    /** The input was not understood. */
    static final int BAD_INPUT = 2;
    /** Clearance itself failed. */
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: check, test, validate, screen, coverage, impact or why-not");
    }

    /** Today as the service counts it, in UTC whatever the machine's zone: the default {@code asOf}. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static int run(String... args) {
        CliLogging.toStandardError();
        CommandLine commandLine = new CommandLine(new ClearanceCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof PackException packs) {
                packs.problems().forEach(cmd.getErr()::println);
                return FAILED;
            }
            if (e instanceof RequestException request) {
                request.errors().forEach(error -> cmd.getErr().println("error: " + error));
                return BAD_INPUT;
            }
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof IOException) {
                cmd.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            cmd.getErr().println("internal error (a bug; please report it with this trace):");
            e.printStackTrace(cmd.getErr());
            return INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return BAD_INPUT;
        });
        int status = commandLine.execute(args);
        // Commands print whole reports with print(), which an autoflushing writer does not flush before exit.
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return status;
    }
}
