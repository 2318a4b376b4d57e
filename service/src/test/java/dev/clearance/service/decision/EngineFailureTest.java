package dev.clearance.service.decision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.service.ServiceTest;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class EngineFailureTest {

    @MockitoBean
    private DecisionEngine engine;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;

    @Test
    void anEngineFailureIsA500ProblemAndNeverAVerdict() throws Exception {
        when(engine.decide(any())).thenThrow(new IllegalStateException("a rule threw"));

        mvc.perform(post("/api/v1/decisions").header("X-API-Key", keys.create(Role.READER, "t", null).key())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司" }, "jurisdictions": ["CN"] }"""))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(jsonPath("$.overall").doesNotExist());
    }
}
