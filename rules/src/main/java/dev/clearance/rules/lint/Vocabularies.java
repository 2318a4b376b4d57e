package dev.clearance.rules.lint;

import dev.clearance.rules.classify.VocabularyCsv;
import dev.clearance.rules.classify.VocabularyEntry;
import dev.clearance.rules.classify.VocabularyException;
import dev.clearance.rules.pack.PackManifest;
import dev.clearance.rules.text.TermCsv;
import dev.clearance.rules.text.TermEntry;
import dev.clearance.rules.text.TermListException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classifier vocabulary of the whole set and each pack's term list, read row by row with
 * the engine's own readers; a table they reject becomes a finding.
 */
record Vocabularies(List<VocabularyEntry> phrases, Map<String, List<TermEntry>> termsByPack) {

    static final String VOCABULARY = "vocabulary";
    static final String TERMS = "terms";

    static Vocabularies read(List<PackText> packs, List<LintFinding> findings) {
        List<VocabularyEntry> phrases = new ArrayList<>();
        Map<String, List<TermEntry>> terms = new LinkedHashMap<>();
        for (PackText pack : packs) {
            for (PackManifest.Table table : pack.manifest().tables()) {
                if (table.kind() == null || pack.files().file(table.file()).isEmpty()) {
                    continue;
                }
                String path = pack.files().path(table.file());
                String text = pack.files().text(table.file());
                if (table.kind().equals(VOCABULARY)) {
                    try {
                        phrases.addAll(VocabularyCsv.read(new StringReader(text), path));
                    } catch (VocabularyException e) {
                        findings.add(LintFinding.error(path, 0, 0, "invalid_vocabulary", e.getMessage()));
                    }
                } else if (table.kind().equals(TERMS)) {
                    try {
                        terms.computeIfAbsent(pack.id(), id -> new ArrayList<>())
                                .addAll(TermCsv.read(new StringReader(text), path));
                    } catch (TermListException e) {
                        findings.add(LintFinding.error(e.source(), e.line(), 0, e.code(), e.detail()));
                    }
                }
            }
        }
        return new Vocabularies(List.copyOf(phrases), Map.copyOf(terms));
    }

    /** Every category some vocabulary row defines; not NONE, which marks stop phrases, evidence for no category. */
    Set<String> categories() {
        Set<String> categories = new TreeSet<>();
        phrases.stream().filter(entry -> !entry.isStopPhrase()).forEach(entry -> categories.add(entry.category()));
        return categories;
    }
}
