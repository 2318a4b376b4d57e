package dev.clearance.rules.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A YAML file of golden cases: {@code cases: [...]}. Unknown keys are errors with their line. */
public record CaseFile(String path, List<GoldenCase> cases) {

    private record Document(@JsonProperty(required = true) List<GoldenCase> cases) {
    }

    public static CaseFile read(String path, byte[] yaml) {
        try {
            // A misspelt key would otherwise be reported as the required key it hides.
            for (JsonNode golden : Yaml.MAPPER.readTree(yaml).path("cases")) {
                Yaml.unknownKey(path, yaml, golden, GoldenCase.class).ifPresent(problem -> {
                    throw new PackException(problem);
                });
            }
            return new CaseFile(path, List.copyOf(Yaml.MAPPER.readValue(yaml, Document.class).cases()));
        } catch (IOException e) {
            throw new PackException(Yaml.problem(path, e));
        }
    }

    /** Every {@code *.yaml} file under {@code root}, in path order. */
    public static List<CaseFile> readAll(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<CaseFile> result = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                result.add(read(root.relativize(file).toString(), Files.readAllBytes(file)));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden cases under " + root, e);
        }
    }
}
