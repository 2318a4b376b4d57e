package dev.clearance.service.exchange;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.clearance.service.ServiceTest;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Order flow through the gate with the fixture packs, where a DCM contract is tradable in the US
 * and every state, and halted in China (no pack decides event contracts there).
 */
@ServiceTest
class OrderApiTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    private ExchangeCalls exchange;
    private String listing;

    @BeforeEach
    void listAContract() throws Exception {
        exchange = new ExchangeCalls(mvc, keys.create(Role.EXCHANGE, "order tests", null).key());
        listing = exchange.list("Will the Fed cut rates by 25bp in December?");
    }

    @Test
    void anOrderThatCrossesTradesAndTheTradeAgainstTheHouseIsLabelled() throws Exception {
        exchange.register("house-mm", "US-NY", true);
        exchange.register("alice", "US-NJ", false);
        exchange.order(listing, "house-mm", "NO", "BUY", 45, 10).andExpect(status().isCreated());

        exchange.order(listing, "alice", "YES", "BUY", 55, 4)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.trades[0].yesPrice").value(55))
                .andExpect(jsonPath("$.trades[0].kind").value("MINT"))
                .andExpect(jsonPath("$.trades[0].againstAffiliatedMarketMaker").value(true));

        exchange.read("/api/v1/listings/" + listing + "/trades")
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].againstAffiliatedMarketMaker").value(true));
        exchange.read("/api/v1/listings/" + listing + "/book")
                .andExpect(jsonPath("$.asks[0].yesPrice").value(55))
                .andExpect(jsonPath("$.asks[0].quantity").value(6))
                .andExpect(jsonPath("$.openPairs").value(4));
    }

    @Test
    void anOrderFromAHaltedJurisdictionIsAnsweredWithTheRejectionAndItsReason() throws Exception {
        exchange.register("wang", "CN", false);

        exchange.order(listing, "wang", "YES", "BUY", 50, 1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.outcome").value("JURISDICTION_HALTED"))
                .andExpect(jsonPath("$.code").value(202))
                .andExpect(jsonPath("$.message").value(startsWith("Trading is halted in CN")));
    }

    @Test
    void anOrderFromAnUnregisteredParticipantIsRejected() throws Exception {
        exchange.order(listing, "nobody", "YES", "BUY", 50, 1)
                .andExpect(jsonPath("$.outcome").value("UNKNOWN_PARTICIPANT"));
    }

    @Test
    void theOwnerCancelsARestingOrder() throws Exception {
        exchange.register("bob", "US-PA", false);
        long orderId = ExchangeCalls.orderId(exchange.order(listing, "bob", "YES", "BUY", 40, 3));

        exchange.cancel(listing, orderId, "bob")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cancelled").value(true))
                .andExpect(jsonPath("$.outcome").value("CANCELLED_BY_PARTICIPANT"));
        exchange.read("/api/v1/listings/" + listing + "/book").andExpect(jsonPath("$.bids", hasSize(0)));
    }

    @Test
    void anotherParticipantMayNotCancelAnOrder() throws Exception {
        exchange.register("bob", "US-PA", false);
        exchange.register("carol", "US-PA", false);
        long orderId = ExchangeCalls.orderId(exchange.order(listing, "bob", "YES", "BUY", 40, 3));

        exchange.cancel(listing, orderId, "carol")
                .andExpect(jsonPath("$.cancelled").value(false))
                .andExpect(jsonPath("$.outcome").value("NOT_ORDER_OWNER"));
    }

    @Test
    void aPriceOutsideOneTo99IsBadInputNamingTheField() throws Exception {
        exchange.register("bob", "US-PA", false);

        exchange.order(listing, "bob", "YES", "BUY", 100, 1)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("price"));
    }

    @Test
    void tradesInsideOneAffiliateGroupRaiseASurveillanceAlert() throws Exception {
        registerInGroup("desk-1");
        registerInGroup("desk-2");
        for (int i = 0; i < 10; i++) {
            exchange.order(listing, "desk-1", "YES", "BUY", 50, 1);
            exchange.order(listing, "desk-2", "NO", "BUY", 50, 1);
        }

        exchange.read("/api/v1/alerts")
                .andExpect(jsonPath("$[?(@.contractId == '" + listing + "')].type").value("RELATED_ACCOUNT_TRADES"));
    }

    @Test
    void registrationNeedsEitherAnAgeOrADateOfBirth() throws Exception {
        exchange.postJson("/api/v1/participants", """
                        { "id": "dave", "jurisdiction": "US-NJ", "age": 30, "dateOfBirth": "1996-01-01",
                          "ageVerified": true, "beneficialOwner": "dave", "affiliateGroup": "dave", "affiliatedMarketMaker": false,
                          "selfTradePrevention": "CANCEL_BOTH" }""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("age"));
    }

    @Test
    void registrationRefusesAnUnknownJurisdiction() throws Exception {
        exchange.register("erin", "US-XX", false)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
    }

    @Test
    void registrationRefusesTheFederalLayerBecauseAParticipantLivesInAState() throws Exception {
        exchange.register("frank", "US", false)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("jurisdiction"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("US-NJ")));
    }

    private ResultActions registerInGroup(String id) throws Exception {
        return exchange.postJson("/api/v1/participants", """
                { "id": "%s", "jurisdiction": "US-IL", "dateOfBirth": "1980-05-17", "ageVerified": true,
                  "beneficialOwner": "%1$s", "affiliateGroup": "prop-desk", "affiliatedMarketMaker": false, "selfTradePrevention": "CANCEL_TAKING" }"""
                .formatted(id)).andExpect(status().isCreated());
    }
}
