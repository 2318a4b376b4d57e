package dev.clearance.rules.pack;

import dev.clearance.rules.model.BusinessName;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.text.TermHit;
import dev.clearance.rules.text.TermMatcher;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.model.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * A pack that compiled cleanly: its manifest, Drools knowledge base, rule catalogue, fact tables
 * and the tables the engine reads itself, with the hash of the exact files compiled and, as
 * {@code rulesHash}, of the DRL files alone that the knowledge base was built from.
 */
public record CompiledPack(
        PackManifest manifest,
        String contentHash,
        String rulesHash,
        KieBase kieBase,
        Map<String, RuleInfo> rules,
        List<TableRow> tableRows,
        List<TableText> engineTables,
        TermMatcher termMatcher) {

    public CompiledPack {
        rules = Map.copyOf(rules);
        tableRows = List.copyOf(tableRows);
        engineTables = List.copyOf(engineTables);
    }

    /** A table the engine itself consumes ({@code kind: vocabulary} or {@code kind: terms}). */
    public record TableText(String kind, String path, String text) {
    }

    public String id() {
        return manifest.id();
    }

    /** {@code id@version}, the way findings name their pack. */
    public String label() {
        return manifest.id() + "@" + manifest.version();
    }

    public boolean covers(Jurisdiction jurisdiction) {
        return covers(jurisdiction.code());
    }

    public boolean covers(String code) {
        return manifest.jurisdictions().contains(code)
                || code.startsWith("US-") && manifest.jurisdictions().contains(PackManifest.ALL_STATES);
    }

    public boolean decides(Subject subject) {
        PackManifest.Coverage coverage = manifest.covers();
        if (!coverage.subjectKinds().contains(subject.kind())) {
            return false;
        }
        return !(subject instanceof Product product) || coverage.productTypes().contains(product.productType());
    }

    public boolean inForceOn(LocalDate date) {
        return manifest.effective().contains(date);
    }

    /** The tables of one kind, e.g. every {@code vocabulary} table of the pack. */
    public List<TableText> engineTables(String kind) {
        return engineTables.stream().filter(t -> t.kind().equals(kind)).toList();
    }

    /** Screens a business name and scope with this pack's term list; empty when the pack has none. */
    public List<TermHit> screen(BusinessName name) {
        if (termMatcher == null) {
            return List.of();
        }
        List<TermHit> hits = new java.util.ArrayList<>(termMatcher.find("name", name.name()));
        hits.addAll(termMatcher.find("businessScope", name.businessScope()));
        return hits;
    }
}
