package dev.clearance.rules.lint;

import dev.clearance.rules.classify.VocabularyEntry;
import dev.clearance.rules.text.TermEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Silent duplicates: two term rows, or two vocabulary rows of one category, that the matcher
 * folds to the same form, and a vocabulary phrase that is both a stop phrase (NONE) and evidence
 * for a category. The engine refuses the first such pair it meets; the linter names every pair,
 * both places each time, so a lawyer fixes them in one pass.
 */
final class DuplicateChecks {

    private DuplicateChecks() {
    }

    static void check(Vocabularies vocabularies, List<LintFinding> findings) {
        vocabularies.termsByPack().values().forEach(terms -> checkTerms(terms, findings));
        checkPhrases(vocabularies.phrases(), findings);
    }

    private static void checkTerms(List<TermEntry> terms, List<LintFinding> findings) {
        Map<String, TermEntry> byForm = new HashMap<>();
        for (TermEntry term : terms) {
            String form = term.foldedForm();
            if (form.isEmpty()) {
                continue; // a term with no letters is the matcher's own error, reported when the pack compiles
            }
            TermEntry first = byForm.putIfAbsent(form, term);
            if (first != null) {
                findings.add(LintFinding.error(term.source(), term.line(), 0, "duplicate_term",
                        "The term `" + term.term() + "` normalises to `" + form + "`, the same as `" + first.term()
                                + "` at " + first.location() + "; case, width, spacing and traditional characters are "
                                + "already matched, so keep one of the two rows."));
            }
        }
    }

    private static void checkPhrases(List<VocabularyEntry> phrases, List<LintFinding> findings) {
        Map<String, VocabularyEntry> byForm = new HashMap<>();
        Map<String, VocabularyEntry> stopOrEvidence = new HashMap<>();
        for (VocabularyEntry entry : phrases) {
            VocabularyEntry first = byForm.putIfAbsent(entry.category() + " " + entry.normalisedPhrase(), entry);
            if (first != null) {
                findings.add(LintFinding.error(entry.source(), entry.line(), 0, "duplicate_phrase",
                        "The phrase `" + entry.phrase() + "` of category " + entry.category() + " reads as `"
                                + entry.normalisedPhrase() + "`, the same as `" + first.phrase() + "` at "
                                + first.location() + "; case, punctuation and plurals are already folded, so keep one row."));
                continue;
            }
            VocabularyEntry other = stopOrEvidence.putIfAbsent(entry.normalisedPhrase(), entry);
            if (other != null && other.isStopPhrase() != entry.isStopPhrase()) {
                findings.add(LintFinding.error(entry.source(), entry.line(), 0, "duplicate_phrase",
                        "The phrase `" + entry.phrase() + "` of category " + entry.category() + " reads as `"
                                + other.phrase() + "` of category " + other.category() + " at " + other.location()
                                + "; a stop phrase (NONE) counts for nothing, so one phrase cannot be both, keep one of the two rows."));
            }
        }
    }
}
