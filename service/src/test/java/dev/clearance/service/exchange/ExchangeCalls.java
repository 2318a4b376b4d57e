package dev.clearance.service.exchange;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The exchange doors as an exchange calls them with its key, for the API tests. */
final class ExchangeCalls {

    private final MockMvc mvc;
    private final String key;

    ExchangeCalls(MockMvc mvc, String key) {
        this.mvc = mvc;
        this.key = key;
    }

    ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions read(String path) throws Exception {
        return mvc.perform(get(path).header("X-API-Key", key));
    }

    ResultActions cancel(String listing, long orderId, String participant) throws Exception {
        return mvc.perform(delete("/api/v1/listings/" + listing + "/orders/" + orderId)
                .param("participantId", participant).header("X-API-Key", key));
    }

    /** Lists an event contract on a DCM and answers the listing id. */
    String list(String title) throws Exception {
        String body = postJson("/api/v1/listings", """
                { "subject": { "kind": "EVENT_CONTRACT", "title": "%s",
                               "venue": { "name": "Example Exchange", "registration": "DCM" } } }"""
                .formatted(title)).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** Registers an adult trading account with a verified age, its own owner and group. */
    ResultActions register(String id, String jurisdiction, boolean affiliatedMarketMaker) throws Exception {
        return postJson("/api/v1/participants", """
                { "id": "%s", "jurisdiction": "%s", "age": 34, "ageVerified": true, "beneficialOwner": "owner-%1$s",
                  "affiliateGroup": "group-%1$s", "affiliatedMarketMaker": %s, "selfTradePrevention": "CANCEL_TAKING" }"""
                .formatted(id, jurisdiction, affiliatedMarketMaker));
    }

    /** A good-till-cancelled order. */
    ResultActions order(String listing, String participant, String side, String action, int price, int quantity)
            throws Exception {
        return postJson("/api/v1/listings/" + listing + "/orders", """
                { "participantId": "%s", "side": "%s", "action": "%s", "price": %d, "quantity": %d }"""
                .formatted(participant, side, action, price, quantity));
    }

    /** The id of the order an order response describes. */
    static long orderId(ResultActions placed) throws Exception {
        return ((Number) JsonPath.read(placed.andReturn().getResponse().getContentAsString(), "$.orderId")).longValue();
    }
}
