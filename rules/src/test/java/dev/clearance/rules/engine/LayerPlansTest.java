package dev.clearance.rules.engine;

import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackLoader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerPlansTest {

    private static final String STATE_ROWS = """
            code,enforcing,effectiveFrom,effectiveTo,instrument,article,note
            US-NV,true,2020-01-01,,Nevada Revised Statutes,NRS 463.0193,
            US-NJ,false,2020-01-01,,N.J. Stat. 5:12A,10,court bars enforcement
            """;

    private final List<CompiledPack> packs = new PackLoader().load(List.of(federal(), states(STATE_ROWS))).packs();
    private final CompiledPack federal = packs.get(0);
    private final CompiledPack states = packs.get(1);
    private final LayerPlans plans = new LayerPlans(packs);

    private static List<Jurisdiction> jurisdictions(String... codes) {
        return List.of(codes).stream().map(code -> Jurisdiction.find(code).orElseThrow()).toList();
    }

    @Test
    void aFederalPackAnswersOnceForTheFederalLayerAboveEveryRequestedState() {
        assertThat(plans.planFor(jurisdictions("US-NV", "US-NJ", "US")).get(federal)).containsExactly("US");
    }

    @Test
    void aStatePackAnswersForEachRequestedStateInRequestOrderAndNotForOtherCountries() {
        assertThat(plans.planFor(jurisdictions("US-NJ", "CN", "US-NV")).get(states)).containsExactly("US-NJ", "US-NV");
    }

    @Test
    void anEqualListOfJurisdictionsReusesTheLayersWorkedOutBefore() {
        Map<CompiledPack, List<String>> first = plans.planFor(jurisdictions("US-NV", "US-NJ"));

        assertThat(plans.planFor(jurisdictions("US-NV", "US-NJ"))).isSameAs(first);
    }

    @Test
    void manyDifferentListsStillGetTheirOwnLayers() {
        List<Jurisdiction> usStates = Jurisdiction.all().stream().filter(Jurisdiction::isUsState).toList();
        for (int i = 0; i < LayerPlans.MAX_LISTS + 5; i++) { // past the bound, so the cache starts again
            Jurisdiction first = usStates.get(i % usStates.size());
            Jurisdiction second = usStates.get(i / usStates.size());
            assertThat(plans.planFor(List.of(first, second)).get(states)).as("list %d", i)
                    .containsExactlyElementsOf(new LinkedHashSet<>(List.of(first.code(), second.code())));
        }

        assertThat(plans.planFor(jurisdictions("US-NV")).get(states)).containsExactly("US-NV");
    }

    @Test
    void aJurisdictionRequestedTwiceIsAnsweredOnce() {
        assertThat(plans.planFor(jurisdictions("US-NV", "US-NV")).get(states)).containsExactly("US-NV");
    }
}
