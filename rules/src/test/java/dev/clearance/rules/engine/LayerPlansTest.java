package dev.clearance.rules.engine;

import static dev.clearance.rules.pack.TestPacks.federal;
import static dev.clearance.rules.pack.TestPacks.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.rules.model.Jurisdiction;
import dev.clearance.rules.pack.CompiledPack;
import dev.clearance.rules.pack.PackLoader;
import java.util.List;
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
        assertThat(plans.layersAnswered(federal, jurisdictions("US-NV", "US-NJ", "US"))).containsExactly("US");
    }

    @Test
    void aStatePackAnswersForEachRequestedStateInRequestOrderAndNotForOtherCountries() {
        assertThat(plans.layersAnswered(states, jurisdictions("US-NJ", "CN", "US-NV"))).containsExactly("US-NJ", "US-NV");
    }

    @Test
    void anEqualListOfJurisdictionsReusesTheLayersWorkedOutBefore() {
        List<String> first = plans.layersAnswered(states, jurisdictions("US-NV", "US-NJ"));

        assertThat(plans.layersAnswered(states, jurisdictions("US-NV", "US-NJ"))).isSameAs(first);
    }

    @Test
    void manyDifferentListsStillGetTheirOwnLayers() {
        List<Jurisdiction> all = Jurisdiction.all();
        for (int i = 0; i < LayerPlans.MAX_LISTS + 5; i++) {
            plans.layersAnswered(states, all.subList(0, 1 + i % all.size()));
        }

        assertThat(plans.layersAnswered(states, jurisdictions("US-NV"))).containsExactly("US-NV");
    }

    @Test
    void aPackOfAnotherSnapshotIsRefused() {
        CompiledPack other = new PackLoader().load(List.of(federal())).packs().get(0);

        assertThatThrownBy(() -> plans.layersAnswered(other, jurisdictions("US")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("is not of this snapshot");
    }
}
