package dev.clearance.rules.lint;

import dev.clearance.rules.pack.DrlSource;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.ManifestReader;
import dev.clearance.rules.pack.PackException;
import dev.clearance.rules.pack.PackManifest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pack folder as its authors wrote it, read just far enough to lint without compiling: the
 * manifest, each DRL file's rules, and each fact table's rows with their lines. What cannot be
 * read becomes a finding, and the rest of the pack is still linted.
 */
record PackText(PackFiles files, PackManifest manifest, List<DrlSource> drl, List<CsvTable> factTables) {

    private static final Pattern DECLARE = Pattern.compile("(?s)\\bdeclare\\s+(\\w+)(.*?)\\bend\\b");
    private static final Pattern DATE_FIELD = Pattern.compile("(\\w+)\\s*:\\s*(?:java\\.time\\.)?LocalDate\\b");

    static Optional<PackText> read(PackFiles files, List<LintFinding> findings) {
        PackManifest manifest;
        try {
            manifest = ManifestReader.read(files);
        } catch (PackException e) {
            e.problems().forEach(problem -> findings.add(new LintFinding(Severity.ERROR, problem)));
            return Optional.empty();
        }
        List<DrlSource> drl = manifest.rules().stream().filter(name -> files.file(name).isPresent())
                .map(name -> DrlSource.parse(files.path(name), files.text(name))).toList();
        List<CsvTable> tables = new ArrayList<>();
        for (PackManifest.Table table : manifest.tables()) {
            if (table.fact() == null || files.file(table.file()).isEmpty()) {
                continue;
            }
            try {
                tables.add(CsvTable.parse(table, files.path(table.file()), files.text(table.file())));
            } catch (IllegalArgumentException e) {
                findings.add(LintFinding.error(files.path(table.file()), 0, 0, "invalid_csv",
                        "The table cannot be read as CSV: " + e.getMessage()));
            }
        }
        return Optional.of(new PackText(files, manifest, drl, List.copyOf(tables)));
    }

    String id() {
        return files.folder();
    }

    /** The fields a DRL {@code declare} block of this pack types as a date, for {@code type}. */
    Set<String> dateFields(String type) {
        Set<String> fields = new LinkedHashSet<>();
        for (DrlSource source : drl) {
            Matcher declare = DECLARE.matcher(drlText(source));
            while (declare.find()) {
                if (declare.group(1).equals(type)) {
                    Matcher field = DATE_FIELD.matcher(declare.group(2));
                    while (field.find()) {
                        fields.add(field.group(1));
                    }
                }
            }
        }
        return fields;
    }

    /** The text of a DRL file of this pack, by its path in the pack set. */
    String drlText(DrlSource source) {
        return files.text(source.file().substring(files.folder().length() + 1));
    }
}
