package dev.clearance.rules.text;

import dev.clearance.rules.model.Evidence;
import dev.clearance.rules.model.EvidenceSource;
import dev.clearance.rules.model.FactLabel;
import java.util.List;

/**
 * A term found in a field.
 *
 * @param entry       the term list row that matched
 * @param field       the field searched, e.g. {@code name} or {@code businessScope}
 * @param start       UTF-16 offset of the first matched char in the original text
 * @param end         UTF-16 offset after the last matched char, exclusive
 * @param matchedText the original text between {@code start} and {@code end}, disguises included
 */
public record TermHit(TermEntry entry, String field, int start, int end, String matchedText) implements EvidenceSource, FactLabel {

    @Override
    public String factLabel() {
        return "term " + entry.term() + " (" + entry.tier() + ") in " + field;
    }

    @Override
    public List<Evidence> evidence() {
        return List.of(new Evidence(field, matchedText, start, end));
    }
}
