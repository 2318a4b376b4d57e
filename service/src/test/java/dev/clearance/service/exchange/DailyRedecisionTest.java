package dev.clearance.service.exchange;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The law changes by date as well as by publication: on 25 Nov 2025 Nevada's federal injunction
 * was dissolved, and the next daily re-decision halts Nevada for a listed sports contract with no
 * pack published in between.
 */
@SpringBootTest(properties = {"clearance.packs.dir=", "clearance.cases.location=classpath*:exchange-golden/**/*.yaml"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DailyRedecisionTest {

    private static final Instant DAY_BEFORE = Instant.parse("2025-11-24T15:00:00Z");
    private static final Instant DAY_OF_DISSOLUTION = Instant.parse("2025-11-25T00:05:00Z");

    /** A clock the test moves forward a day. */
    static final class TurningClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(DAY_BEFORE);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void set(Instant instant) {
            now.set(instant);
        }
    }

    @TestConfiguration
    static class Calendar {

        @Bean
        @Primary
        TurningClock turningClock() {
            return new TurningClock();
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    @Autowired
    private ListingService listings;
    @Autowired
    private TurningClock clock;

    @Test
    void theDailyReDecisionHaltsAStateWhoseCourtOrderEndedOvernight() throws Exception {
        ExchangeCalls exchange = new ExchangeCalls(mvc, keys.create(Role.EXCHANGE, "daily re-decision", null).key());
        String listing = exchange.list("Will the Chiefs beat the Bills on Sunday?");
        String nevada = "$.eligibility[?(@.jurisdiction == 'US-NV')]";
        exchange.read("/api/v1/listings/" + listing).andExpect(jsonPath(nevada + ".status").value(hasItem("ELIGIBLE")));

        clock.set(DAY_OF_DISSOLUTION);
        listings.redecideDaily();

        exchange.read("/api/v1/listings/" + listing)
                .andExpect(jsonPath(nevada + ".status").value(hasItem("INELIGIBLE")))
                .andExpect(jsonPath("$.events[?(@.jurisdiction == 'US-NV')].kind").value(hasItem("HALTED")))
                .andExpect(jsonPath("$.events[?(@.jurisdiction == 'US-NV')].rulesAdded[*]").value(hasItem("US-ST-SPORTS-ENFORCED")));
    }
}
