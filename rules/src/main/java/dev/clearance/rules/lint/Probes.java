package dev.clearance.rules.lint;

import dev.clearance.rules.classify.VocabularyEntry;
import dev.clearance.rules.impact.LabelledRequest;
import dev.clearance.rules.model.BusinessName;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Product;
import dev.clearance.rules.model.ProductType;
import dev.clearance.rules.model.Subject;
import dev.clearance.rules.model.SubjectKind;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.TableRow;
import dev.clearance.rules.text.TermEntry;
import dev.clearance.rules.text.TermTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Requests generated from the packs themselves, so the behavioural checks see every category,
 * venue, product type and listed term on every date a table or pack changes, not only what the
 * golden cases happen to ask. Everything comes from the pack data: no law is written here.
 */
final class Probes {

    static final String SOURCE = "probe";

    private Probes() {
    }

    /**
     * Date by date: the engine keeps warm sessions per date and jurisdiction set, and a few sets
     * serve every subject, so probes in this order reuse them instead of opening one per probe.
     */
    static List<LabelledRequest> of(PackSnapshot snapshot, Vocabularies vocabularies) {
        List<Subject> subjects = subjects(snapshot, vocabularies);
        Map<Subject, List<Jurisdiction>> jurisdictions = new HashMap<>();
        subjects.forEach(subject -> jurisdictions.put(subject, jurisdictionsDeciding(snapshot, subject)));
        List<LabelledRequest> probes = new ArrayList<>();
        for (LocalDate date : dates(snapshot)) {
            for (Subject subject : subjects) {
                probes.add(new LabelledRequest(SOURCE, describe(subject) + " on " + date,
                        new DecisionRequest(subject, jurisdictions.get(subject), date)));
            }
        }
        return probes;
    }

    /** Each day a pack or a table row starts to apply. */
    private static List<LocalDate> dates(PackSnapshot snapshot) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (CompiledPack pack : snapshot.packs()) {
            dates.add(pack.manifest().effective().from());
            pack.tableRows().stream().map(TableRow::from).filter(Objects::nonNull).forEach(dates::add);
        }
        return List.copyOf(dates);
    }

    private static List<Subject> subjects(PackSnapshot snapshot, Vocabularies vocabularies) {
        List<Subject> subjects = new ArrayList<>();
        if (decidesKind(snapshot, SubjectKind.EVENT_CONTRACT)) {
            for (String title : strongestPhrasePerCategory(vocabularies.phrases())) {
                Stream.concat(Arrays.stream(VenueRegistration.values()), Stream.of((VenueRegistration) null))
                        .forEach(registration -> subjects.add(new EventContract(title, null, null,
                                registration == null ? null : new Venue("Probe venue", registration), null)));
            }
        }
        // A product is offered from and into a country: the non-US jurisdictions the packs answer for.
        List<String> countries = snapshot.packs().stream().flatMap(p -> p.manifest().jurisdictions().stream())
                .filter(code -> !code.startsWith("US")).distinct().toList();
        for (ProductType type : productTypes(snapshot)) {
            for (String country : countries) {
                subjects.add(new Product(type, null, country, null, List.of(country), null, null, List.of()));
                subjects.add(new Product(type, null, null, null, List.of(), null, null, List.of()));
            }
        }
        for (List<TermEntry> terms : vocabularies.termsByPack().values()) {
            terms.stream().filter(t -> t.tier() != TermTier.ALLOW)
                    .forEach(t -> subjects.add(new BusinessName(t.term(), null, null)));
        }
        return subjects;
    }

    private static boolean decidesKind(PackSnapshot snapshot, SubjectKind kind) {
        return snapshot.packs().stream().anyMatch(p -> p.manifest().covers().subjectKinds().contains(kind));
    }

    private static List<ProductType> productTypes(PackSnapshot snapshot) {
        return snapshot.packs().stream().map(CompiledPack::manifest)
                .filter(m -> m.covers().subjectKinds().contains(SubjectKind.PRODUCT))
                .flatMap(m -> m.covers().productTypes().stream()).distinct().toList();
    }

    private static List<String> strongestPhrasePerCategory(List<VocabularyEntry> phrases) {
        Map<String, VocabularyEntry> strongest = new LinkedHashMap<>();
        for (VocabularyEntry entry : phrases) {
            if (entry.isStopPhrase()) {
                continue;
            }
            strongest.merge(entry.category(), entry,
                    (a, b) -> Comparator.comparingDouble(VocabularyEntry::weight).compare(b, a) > 0 ? b : a);
        }
        return strongest.values().stream().map(VocabularyEntry::phrase).toList();
    }

    /** Every jurisdiction a pack deciding this kind of subject answers for, states included through US-STATES. */
    private static List<Jurisdiction> jurisdictionsDeciding(PackSnapshot snapshot, Subject subject) {
        return Jurisdiction.all().stream()
                .filter(j -> snapshot.packs().stream().anyMatch(p -> p.decides(subject)
                        && (p.covers(j) || j.parent().filter(p::covers).isPresent())))
                .toList();
    }

    private static String describe(Subject subject) {
        if (subject instanceof EventContract c) {
            return "contract `" + c.title() + "` on " + (c.registration() == null ? "no venue" : c.registration());
        }
        if (subject instanceof Product p) {
            return "product " + p.productType() + " from " + p.providerDomicile() + " for " + p.targetMarkets();
        }
        return "name `" + ((BusinessName) subject).name() + "`";
    }
}
