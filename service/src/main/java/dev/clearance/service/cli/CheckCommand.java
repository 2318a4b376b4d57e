package dev.clearance.service.cli;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.io.DecisionWriter;
import dev.clearance.rules.io.RequestError;
import dev.clearance.rules.io.RequestException;
import dev.clearance.rules.io.RequestReader;
import dev.clearance.rules.model.Decision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Decides one request (a JSON file) or, with {@code --jsonl}, one request per line in one
 * process. A line that is not understood gets an error object at its place in the output, so
 * output line N always answers input line N.
 */
@Command(name = "check", description = "Decide a request file and print the decision JSON.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Request JSON, or - for standard input.")
    Path file;

    @Option(names = "--jsonl", description = "FILE holds one request per line; print one decision per line.")
    boolean jsonLines;

    @Mixin
    PackOption packs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate today = ClearanceCommand.today();
        try (DecisionEngine engine = new DecisionEngine(packs.load()); BufferedReader in = new BufferedReader(open())) {
            if (!jsonLines) {
                return checkOne(engine, readAll(in), today, out);
            }
            return checkLines(engine, in, today, out, err);
        }
    }

    private int checkOne(DecisionEngine engine, String json, LocalDate today, PrintWriter out) {
        Decision decision = engine.decide(RequestReader.readJson(json, today));
        out.println(DecisionWriter.toJson(decision, true));
        return ClearanceCommand.OK;
    }

    private int checkLines(DecisionEngine engine, BufferedReader in, LocalDate today, PrintWriter out, PrintWriter err)
            throws IOException {
        int status = ClearanceCommand.OK;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.println(DecisionWriter.toJson(engine.decide(RequestReader.readJson(line, today)), false));
            } catch (RequestException e) {
                status = ClearanceCommand.BAD_INPUT;
                for (RequestError error : e.errors()) {
                    err.println("line " + lineNumber + ": " + error);
                }
                out.println(DecisionWriter.JSON.writeValueAsString(errorLine(lineNumber, e.errors())));
            }
        }
        out.flush();
        return status;
    }

    private static Map<String, Object> errorLine(int line, List<RequestError> errors) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("line", line);
        result.put("errors", errors);
        return result;
    }

    private Reader open() throws IOException {
        return file.toString().equals("-")
                ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static String readAll(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
