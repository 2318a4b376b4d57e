package dev.clearance.jurisdictions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.impact.ImpactAnalysis;
import dev.clearance.rules.impact.ImpactReport;
import dev.clearance.rules.impact.LabelledRequest;
import dev.clearance.rules.impact.VerdictChange;
import dev.clearance.rules.model.DecisionRequest;
import dev.clearance.rules.model.EventContract;
import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.model.Venue;
import dev.clearance.rules.model.VenueRegistration;
import dev.clearance.rules.model.Verdict;
import dev.clearance.rules.pack.PackLoader;
import dev.clearance.rules.pack.PackSnapshot;
import dev.clearance.rules.pack.PackSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lawyer's draft that moves Nevada from the gambling-licensing bloc (enforcing) to the
 * federal-primacy bloc (enforcement barred) changes Nevada's verdicts and no other state's.
 */
class DraftImpactTest {

    private static final Path LIVE = Path.of(".");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @TempDir
    Path draft;

    @Test
    void movingNevadaToTheFederalPrimacyBlocChangesOnlyNevadaAndNamesTheRules() throws IOException {
        copyPacks(LIVE, draft);
        Path states = draft.resolve("us-states").resolve("states.csv");
        String current = Files.readAllLines(states).stream()
                .filter(line -> line.startsWith("US-NV,") && line.endsWith(",")).findFirst().orElseThrow();
        Files.writeString(states, Files.readString(states).replace(current, current
                .replace(",ENFORCED,", ",BARRED,").replace(",GAMBLING_LICENSING,", ",FEDERAL_PRIMACY,")));
        PackSnapshot live = new PackLoader().load(PackSources.fromDirectory(LIVE));
        PackSnapshot proposed = new PackLoader().load(PackSources.fromDirectory(draft));
        LabelledRequest game = new LabelledRequest("test", "Will the Chiefs beat the Bills on Sunday?", new DecisionRequest(
                new EventContract("Will the Chiefs beat the Bills on Sunday?", null, null,
                        new Venue("Example Exchange", VenueRegistration.DCM), null), Jurisdiction.all(), AS_OF));

        ImpactReport report = new ImpactAnalysis(live, proposed).compare(List.of(game), List.of());

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.jurisdiction()).isEqualTo("US-NV");
            assertThat(change.live()).isEqualTo(Verdict.PROHIBITED);
            assertThat(change.draft()).isNotEqualTo(Verdict.PROHIBITED);
            assertThat(change.firedOnlyLive()).contains("US-ST-SPORTS-ENFORCED");
            assertThat(change.firedOnlyInDraft()).contains("US-ST-ENFORCEMENT-BARRED");
        });
        assertThat(report.changes()).extracting(VerdictChange::subject).containsOnly(game.label());
    }

    private static void copyPacks(Path from, Path to) throws IOException {
        try (Stream<Path> folders = Files.list(from)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("pack.yaml"))).toList()) {
                Path target = Files.createDirectories(to.resolve(folder.getFileName().toString()));
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, target.resolve(file.getFileName().toString()));
                    }
                }
            }
        }
    }
}
