package dev.clearance.service.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.clearance.service.ServiceTest;
import dev.clearance.service.audit.AuditLog;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.IssuedKey;
import dev.clearance.service.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class AuditedDecisionTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AuditLog audit;

    @Test
    void everyDecisionIsStoredWithItsRequestVerdictSnapshotAndCaller() throws Exception {
        IssuedKey exchange = keys.create(Role.EXCHANGE, "audit test", null);
        byte[] answered = mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer " + exchange.key())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                { "subject": { "kind": "BUSINESS_NAME", "name": "上海稳定币科技有限公司" },
                                  "jurisdictions": ["CN"], "asOf": "2026-11-21" }"""))
                .andReturn().getResponse().getContentAsByteArray();
        String response = new String(answered, StandardCharsets.UTF_8);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM decision_audit WHERE decision_id = ?",
                JsonPath.<String>read(response, "$.id"));

        assertThat(row).containsEntry("OVERALL", "PROHIBITED")
                .containsEntry("CALLER_KEY_ID", exchange.id())
                .containsEntry("PACK_SET", JsonPath.read(response, "$.packSet"));
        assertThat(audit.decisionJson((String) row.get("DECISION_ID"))).as("stored byte for byte").hasValue(answered);
        assertThat((String) row.get("REQUEST_JSON")).contains("上海稳定币科技有限公司").contains("\"asOf\":\"2026-11-21\"");
    }

    @Test
    void aStoredDecisionWhoseRowWasDamagedIsAnsweredWithAProblemThatPointsToTheChainCheck() throws Exception {
        IssuedKey reader = keys.create(Role.READER, "audit test", null);
        String answered = mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer " + reader.key())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                { "subject": { "kind": "BUSINESS_NAME", "name": "杭州茶叶贸易有限公司" },
                                  "jurisdictions": ["CN"], "asOf": "2026-11-21" }"""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(answered, "$.id");
        byte[] stored = jdbc.queryForObject("SELECT decision_deflated FROM decision_audit WHERE decision_id = ?",
                byte[].class, id);
        jdbc.update("UPDATE decision_audit SET decision_deflated = ? WHERE decision_id = ?",
                Arrays.copyOf(stored, stored.length / 2), id);
        try {
            mvc.perform(get("/api/v1/decisions/" + id).header("Authorization", "Bearer " + reader.key()))
                    .andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.title").value("Stored decision unreadable"))
                    .andExpect(jsonPath("$.detail", containsString(id)))
                    .andExpect(jsonPath("$.detail", containsString("/api/v1/audit/verify")));
        } finally {
            jdbc.update("UPDATE decision_audit SET decision_deflated = ? WHERE decision_id = ?", stored, id);
        }
    }
}
