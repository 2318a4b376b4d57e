package dev.clearance.service;

import dev.clearance.service.cli.ClearanceCommand;

/**
 * {@code java -jar clearance.jar}: with no arguments (or only Spring {@code --key=value}
 * options) it starts the web service; with a command ({@code check}, {@code test},
 * {@code validate}, {@code screen}, {@code impact}) it runs that command and exits.
 */
public final class ClearanceMain {

    private ClearanceMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--") && !args[0].equals("--help")) {
            ClearanceApplication.main(args);
            return;
        }
        System.exit(ClearanceCommand.run(args));
    }
}
