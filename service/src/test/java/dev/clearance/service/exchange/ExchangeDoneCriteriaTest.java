package dev.clearance.service.exchange;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.clearance.service.packs.PackZips;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The issue's done criteria with the real bundled packs on 21 Nov 2026: a sports contract an
 * exchange lists trades for New Jersey and is refused for Nevada, and a pack set that changes New
 * Jersey's enforcement halts New Jersey live until the original packs are published back.
 */
@SpringBootTest(properties = {"clearance.packs.dir=", "clearance.cases.location=classpath*:exchange-golden/**/*.yaml"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExchangeDoneCriteriaTest {

    private static final String SPORTS = "Will the Chiefs beat the Bills on Sunday?";
    private static final Path BUNDLED_PACKS = Path.of("..", "jurisdictions");
    /** New Jersey's current row says a court bars enforcement; the draft says the state enforces. */
    private static final UnaryOperator<String> NEW_JERSEY_ENFORCES = csv -> csv.replace(
            "US-NJ,true,YES,YES,21,UNLICENSED_WAGERING,BARRED,2025-04-28,SPORTS,FEDERAL_PRIMACY,NONE,false,H,\"KalshiEX v. Flaherty, No. 25-1922",
            "US-NJ,true,YES,YES,21,UNLICENSED_WAGERING,ENFORCED,2025-04-28,SPORTS,FEDERAL_PRIMACY,NONE,false,H,\"KalshiEX v. Flaherty, No. 25-1922");

    @TestConfiguration
    static class OnTheDayOfTheIssue {

        @Bean
        @Primary
        Clock issueDay() {
            return Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    private ExchangeCalls exchange;

    @BeforeEach
    void issueExchangeKey() {
        exchange = new ExchangeCalls(mvc, keys.create(Role.EXCHANGE, "done criteria", null).key());
    }

    @Test
    void aListedSportsContractTradesForNewJerseyAndIsRefusedForNevadaWithTheReason() throws Exception {
        String listing = exchange.list(SPORTS);
        exchange.register("nj-maker", "US-NJ", false);
        exchange.register("nj-taker", "US-NJ", false);
        exchange.register("nv-trader", "US-NV", false);
        exchange.order(listing, "nj-maker", "NO", "BUY", 48, 5).andExpect(status().isCreated());

        exchange.order(listing, "nj-taker", "YES", "BUY", 52, 5)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.trades", hasSize(1)));
        exchange.order(listing, "nv-trader", "YES", "BUY", 52, 5)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("JURISDICTION_NOT_ELIGIBLE"))
                .andExpect(jsonPath("$.message").value(containsString("PROHIBITED in US-NV")))
                .andExpect(jsonPath("$.message").value(containsString("US-ST-SPORTS-ENFORCED")));
    }

    @Test
    void aNewJerseyVerdictChangeHaltsNewJerseyLiveAndPublishingTheOriginalBackReopensIt() throws Exception {
        String listing = exchange.list(SPORTS);
        String newJersey = "$.eligibility[?(@.jurisdiction == 'US-NJ')]";
        exchange.read("/api/v1/listings/" + listing).andExpect(jsonPath(newJersey + ".minimumAge").value(21));
        exchange.register("nj-resting", "US-NJ", false);
        exchange.order(listing, "nj-resting", "YES", "BUY", 45, 10).andExpect(status().isCreated());

        publish(PackZips.zip(BUNDLED_PACKS, Map.of("us-states/states.csv", NEW_JERSEY_ENFORCES)));

        exchange.read("/api/v1/listings/" + listing + "/book").andExpect(jsonPath("$.bids", hasSize(0)));
        exchange.order(listing, "nj-resting", "YES", "BUY", 45, 1)
                .andExpect(jsonPath("$.outcome").value("JURISDICTION_NOT_ELIGIBLE"));
        exchange.read("/api/v1/listings/" + listing)
                .andExpect(jsonPath(newJersey + ".status").value("INELIGIBLE"))
                .andExpect(jsonPath("$.events[1].kind").value("HALTED"))
                .andExpect(jsonPath("$.events[1].jurisdiction").value("US-NJ"))
                .andExpect(jsonPath("$.events[1].oldVerdict").value("CONDITIONAL"))
                .andExpect(jsonPath("$.events[1].newVerdict").value("PROHIBITED"))
                .andExpect(jsonPath("$.events[1].rulesAdded", hasItem("US-ST-SPORTS-ENFORCED")))
                .andExpect(jsonPath("$.events[1].rulesRemoved", hasItem("US-ST-ENFORCEMENT-BARRED")))
                .andExpect(jsonPath("$.events", hasSize(2)));

        publish(PackZips.zip(BUNDLED_PACKS));

        exchange.order(listing, "nj-resting", "YES", "BUY", 45, 1).andExpect(status().isCreated());
        exchange.read("/api/v1/listings/" + listing)
                .andExpect(jsonPath("$.events[*].kind", contains("LISTED", "HALTED", "REOPENED")))
                .andExpect(jsonPath("$.events[2].oldVerdict").value("PROHIBITED"))
                .andExpect(jsonPath("$.events[2].newVerdict").value("CONDITIONAL"))
                .andExpect(jsonPath("$.events[2].rulesAdded", hasItem("US-ST-ENFORCEMENT-BARRED")));
    }

    private ResultActions publish(byte[] zip) throws Exception {
        return mvc.perform(post("/api/v1/packs/publish").header("X-API-Key", keys.create(Role.LEGAL, "publish", null).key())
                        .contentType("application/zip").content(zip))
                .andExpect(status().isOk());
    }
}
