package dev.clearance.service.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.clearance.service.ServiceTest;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ServiceTest
class DecisionApiTest {

    private static final String WAR_CONTRACT = """
            { "subject": { "kind": "EVENT_CONTRACT", "title": "Will a war start in 2027?" },
              "jurisdictions": ["US", "US-NV", "CN"], "asOf": "2026-11-21" }""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    private String readerKey;

    @BeforeEach
    void issueReaderKey() {
        readerKey = keys.create(Role.READER, "decision tests", null).key();
    }

    private MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).header("Authorization", "Bearer " + readerKey)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void decidesEachRequestedJurisdictionAndNamesThePackSnapshot() throws Exception {
        mvc.perform(postJson("/api/v1/decisions", WAR_CONTRACT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall").value("PROHIBITED"))
                .andExpect(jsonPath("$.asOf").value("2026-11-21"))
                .andExpect(jsonPath("$.packSet").value(startsWith("sha256:")))
                .andExpect(jsonPath("$.jurisdictions[*].jurisdiction").value(org.hamcrest.Matchers.contains("US", "US-NV", "CN")))
                .andExpect(jsonPath("$.jurisdictions[1].verdict").value("PROHIBITED"))
                .andExpect(jsonPath("$.jurisdictions[1].findings[?(@.ruleId == 'FED-WAR')].citation.instrument")
                        .value(org.hamcrest.Matchers.contains("17 CFR 40.11")))
                .andExpect(jsonPath("$.jurisdictions[2].verdict").value("REVIEW"));
    }

    @Test
    void servesAStoredDecisionExactlyAsItWasGiven() throws Exception {
        String given = mvc.perform(postJson("/api/v1/decisions", WAR_CONTRACT))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(given, "$.id");

        String stored = mvc.perform(get("/api/v1/decisions/" + id).header("Authorization", "Bearer " + readerKey))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(stored).isEqualTo(given);
    }

    @Test
    void answers404ForADecisionThatWasNeverStored() throws Exception {
        mvc.perform(get("/api/v1/decisions/no-such-id").header("Authorization", "Bearer " + readerKey))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rejectsAnUnknownFieldWith400NamingIt() throws Exception {
        mvc.perform(postJson("/api/v1/decisions", """
                        { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司", "nmae": "x" },
                          "jurisdictions": ["CN"] }"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("subject.nmae"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("unknown field `nmae`")));
    }

    @Test
    void rejectsInvalidJsonWith400() throws Exception {
        mvc.perform(postJson("/api/v1/decisions", "{ \"subject\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The body is not valid JSON."));
    }

    @Test
    void rejectsATitleOverItsLimitWith422NamingTheField() throws Exception {
        String longTitle = String.join("", Collections.nCopies(501, "w"));
        mvc.perform(postJson("/api/v1/decisions", """
                        { "subject": { "kind": "EVENT_CONTRACT", "title": "%s" }, "jurisdictions": ["US"] }"""
                        .formatted(longTitle)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("subject.title"))
                .andExpect(jsonPath("$.overall").doesNotExist());
    }

    @Test
    void rejectsAnUnknownJurisdictionWith422NamingItsPosition() throws Exception {
        mvc.perform(postJson("/api/v1/decisions", """
                        { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司" }, "jurisdictions": ["CN", "XX"] }"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("jurisdictions[1]"));
    }

    @Test
    void reportsAnInvalidFieldAndAnUnknownJurisdictionInOneAnswer() throws Exception {
        mvc.perform(postJson("/api/v1/decisions", """
                        { "subject": { "kind": "EVENT_CONTRACT", "title": "%s" }, "jurisdictions": ["US", "US-ZZ"] }"""
                        .formatted("w".repeat(501))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("subject.title", "jurisdictions[1]")))
                .andExpect(jsonPath("$.overall").doesNotExist());
    }

    @Test
    void decidesABatchInRequestOrder() throws Exception {
        mvc.perform(postJson("/api/v1/decisions/batch", """
                        { "requests": [
                            { "subject": { "kind": "BUSINESS_NAME", "name": "上海稳定币科技有限公司" }, "jurisdictions": ["CN"] },
                            { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司" }, "jurisdictions": ["CN"] } ] }"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions", hasSize(2)))
                .andExpect(jsonPath("$.decisions[0].overall").value("PROHIBITED"))
                .andExpect(jsonPath("$.decisions[1].overall").value("ALLOWED"));
    }

    @Test
    void rejectsABatchWithOneInvalidRequestWithoutDecidingAny() throws Exception {
        mvc.perform(postJson("/api/v1/decisions/batch", """
                        { "requests": [
                            { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司" }, "jurisdictions": ["CN"] },
                            { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司" }, "jurisdictions": ["MARS"] } ] }"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("requests[1].jurisdictions[0]"))
                .andExpect(jsonPath("$.decisions").doesNotExist());
    }

    @Test
    void rejectsABatchOverTheLimitWith422() throws Exception {
        String one = "{ \"subject\": { \"kind\": \"BUSINESS_NAME\", \"name\": \"上海茶叶有限公司\" }, \"jurisdictions\": [\"CN\"] }";
        String batch = "{ \"requests\": [" + String.join(",", Collections.nCopies(BatchRequest.MAX_REQUESTS + 1, one)) + "] }";
        mvc.perform(postJson("/api/v1/decisions/batch", batch))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("requests"));
    }

    @Test
    void answers413ToABodyOverTheByteLimitWithoutReadingIt() throws Exception {
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer " + readerKey)
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsEveryJurisdictionWithItsParentLayer() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions").header("X-API-Key", readerKey))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(53)))
                .andExpect(jsonPath("$[?(@.code == 'US-NV')].parent").value("US"));
    }
}
