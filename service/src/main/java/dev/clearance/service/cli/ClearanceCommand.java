package dev.clearance.service.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line face of the jar: {@code check}, {@code test}, {@code validate}, {@code coverage}, {@code impact}. */
@Command(name = "clearance", mixinStandardHelpOptions = true,
        description = "Compliance decisions for event contracts, crypto products and business names.",
        subcommands = {CheckCommand.class, TestCommand.class, ValidateCommand.class, CoverageCommand.class,
                ImpactCommand.class})
public final class ClearanceCommand implements Runnable {

    /** The run succeeded. */
    static final int OK = 0;
    /** The run worked, but what it checked failed (a golden case, a pack). */
    static final int FAILED = 1;
    /** The input was not understood. */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, test, validate, coverage or impact");
    }

    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new ClearanceCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return BAD_INPUT;
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
