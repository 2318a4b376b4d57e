package dev.clearance.service.exchange;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.service.ServiceTest;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Listing event contracts, with the fixture packs: a federal layer that conditions DCM contracts and bars war. */
@ServiceTest
class ListingApiTest {

    private static final String RAIN = """
            { "subject": { "kind": "EVENT_CONTRACT", "title": "Will it rain in Chicago on Saturday?",
                           "venue": { "name": "Example Exchange", "registration": "DCM" } } }""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    @Autowired
    private LivePacks live;
    private ExchangeCalls exchange;

    @BeforeEach
    void issueExchangeKey() {
        exchange = new ExchangeCalls(mvc, keys.create(Role.EXCHANGE, "listing tests", null).key());
    }

    @Test
    void listsAContractWithItsEligibilityPerJurisdictionTheDecisionAndTheSnapshot() throws Exception {
        exchange.postJson("/api/v1/listings", RAIN)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/listings/")))
                .andExpect(jsonPath("$.snapshotHash").value(live.current().hash()))
                .andExpect(jsonPath("$.decisionId").isNotEmpty())
                .andExpect(jsonPath("$.eligibility", hasSize(53)))
                .andExpect(jsonPath("$.eligibility[?(@.jurisdiction == 'US-NJ')].verdict").value("CONDITIONAL"))
                .andExpect(jsonPath("$.eligibility[?(@.jurisdiction == 'US-NJ')].status").value("ELIGIBLE"))
                .andExpect(jsonPath("$.eligibility[?(@.jurisdiction == 'US-NJ')].conditions[0]")
                        .value("Trade only through the registered market"))
                .andExpect(jsonPath("$.eligibility[?(@.jurisdiction == 'CN')].status").value("HALTED"))
                .andExpect(jsonPath("$.events[0].kind").value("LISTED"));
    }

    @Test
    void servesAListingWithItsDecisionWhichTheAuditLogKeeps() throws Exception {
        String id = exchange.list("Will it snow in Denver on Saturday?");
        String decisionId = JsonPath.read(exchange.read("/api/v1/listings/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.subject.title").value("Will it snow in Denver on Saturday?"))
                .andReturn().getResponse().getContentAsString(), "$.decisionId");

        exchange.read("/api/v1/decisions/" + decisionId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jurisdictions", hasSize(53)));
    }

    @Test
    void refusesAContractThatMayBeTradedNowhereWithTheReasons() throws Exception {
        exchange.postJson("/api/v1/listings", """
                        { "subject": { "kind": "EVENT_CONTRACT", "title": "Will a war start in 2027?" } }""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Listing refused"))
                .andExpect(jsonPath("$.decisionId").isNotEmpty())
                .andExpect(jsonPath("$.reasons", hasItem("FED-WAR: Contracts on war are barred.")));
    }

    @Test
    void refusesASubjectThatIsNotAnEventContract() throws Exception {
        exchange.postJson("/api/v1/listings", """
                        { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司" } }""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("subject.kind"));
    }

    @Test
    void answers404ForAListingThatDoesNotExist() throws Exception {
        exchange.read("/api/v1/listings/no-such-listing").andExpect(status().isNotFound());
        exchange.read("/api/v1/listings/no-such-listing/book").andExpect(status().isNotFound());
    }

    @Test
    void aReaderKeyMayNotList() throws Exception {
        new ExchangeCalls(mvc, keys.create(Role.READER, "reader", null).key()).postJson("/api/v1/listings", RAIN)
                .andExpect(status().isForbidden());
    }
}
