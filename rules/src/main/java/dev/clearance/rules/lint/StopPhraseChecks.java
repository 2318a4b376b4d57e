package dev.clearance.rules.lint;

import dev.clearance.rules.classify.VocabularyEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stop phrase (category NONE) is there only to keep a shorter phrase inside it from matching;
 * one with no vocabulary phrase inside it stops nothing, usually because the row it guarded was
 * removed or reworded. A warning, since it changes no answer.
 */
final class StopPhraseChecks {

    private StopPhraseChecks() {
    }

    static void check(Vocabularies vocabularies, List<LintFinding> findings) {
        Set<String> evidence = new HashSet<>();
        for (VocabularyEntry entry : vocabularies.phrases()) {
            if (!entry.isStopPhrase()) {
                evidence.add(entry.normalisedPhrase());
            }
        }
        for (VocabularyEntry entry : vocabularies.phrases()) {
            String form = entry.normalisedPhrase();
            // A stop phrase that reads as an evidence phrase is already a duplicate_phrase error.
            if (entry.isStopPhrase() && !evidence.contains(form) && !containsAShorterPhrase(form.split(" "), evidence)) {
                findings.add(LintFinding.warning(entry.source(), entry.line(), 0, "idle_stop_phrase",
                        "The stop phrase `" + entry.phrase() + "` has no vocabulary phrase inside it, so it stops "
                                + "nothing; remove the row, or add the shorter phrase it is meant to stop."));
            }
        }
    }

    private static boolean containsAShorterPhrase(String[] words, Set<String> evidence) {
        List<String> phrase = List.of(words);
        for (int from = 0; from < words.length; from++) {
            for (int to = from + 1; to <= words.length; to++) {
                if (to - from < words.length && evidence.contains(String.join(" ", phrase.subList(from, to)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
