package dev.clearance.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.clearance.service.ServiceTest;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class AccessControlTest {

    private static final String NAME_REQUEST = """
            { "subject": { "kind": "BUSINESS_NAME", "name": "上海茶叶有限公司" }, "jurisdictions": ["CN"] }""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApiKeys keys;
    @Autowired
    private AdminKeyBootstrap bootstrap;

    @Test
    void aRequestWithoutAKeyIsA401Problem() throws Exception {
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content(NAME_REQUEST))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownKeyIsA401Problem() throws Exception {
        mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer clr_not-a-key")
                        .contentType(MediaType.APPLICATION_JSON).content(NAME_REQUEST))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The API key is not known."));
    }

    @Test
    void aReaderMayNotPublishPacks() throws Exception {
        mvc.perform(post("/api/v1/packs/publish").header("X-API-Key", keys.create(Role.READER, "t", null).key())
                        .contentType("application/zip").content(new byte[] {1}))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aLegalKeyMayNotCreateKeys() throws Exception {
        mvc.perform(post("/api/v1/keys").header("X-API-Key", keys.create(Role.LEGAL, "t", null).key())
                        .contentType(MediaType.APPLICATION_JSON).content("{ \"role\": \"admin\", \"label\": \"escalation\" }"))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsOpenWithoutAKey() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void theFirstStartWritesAnAdminKeyReadableByItsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bootstrap.keyFile()))).isEqualTo("rw-------");
        String adminKey = Files.readString(bootstrap.keyFile()).trim();

        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + adminKey))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void anAdminCreatesAKeyThatIsShownOnceAndWorksForItsRole() throws Exception {
        String adminKey = keys.create(Role.ADMIN, "t", null).key();
        String issued = mvc.perform(post("/api/v1/keys").header("X-API-Key", adminKey)
                        .contentType(MediaType.APPLICATION_JSON).content("{ \"role\": \"reader\", \"label\": \"launch team\" }"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("reader"))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post("/api/v1/decisions").header("X-API-Key", JsonPath.<String>read(issued, "$.key"))
                        .contentType(MediaType.APPLICATION_JSON).content(NAME_REQUEST))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownRoleIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/keys").header("X-API-Key", keys.create(Role.ADMIN, "t", null).key())
                        .contentType(MediaType.APPLICATION_JSON).content("{ \"role\": \"root\", \"label\": \"x\" }"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
    }
}
