package dev.clearance.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.rules.pack.LivePacks;
import dev.clearance.service.WebServiceTest;
import dev.clearance.service.security.ApiKeys;
import dev.clearance.service.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebServiceTest
class ObservabilityTest {

    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    private int port;
    @Autowired
    private ApiKeys keys;
    @Autowired
    private LivePacks live;

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void prometheusCountsDecisionsPerVerdictTimesThemAndNamesTheLiveSnapshot() throws Exception {
        String reader = keys.create(Role.READER, "metrics test", null).key();
        String admin = keys.create(Role.ADMIN, "scraper", null).key();
        double before = prohibited(get("/actuator/prometheus", admin).body());
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/decisions"))
                .header("Authorization", "Bearer " + reader).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        { "subject": { "kind": "BUSINESS_NAME", "name": "上海稳定币科技有限公司" }, "jurisdictions": ["CN"] }"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        String scrape = get("/actuator/prometheus", admin).body();

        assertThat(prohibited(scrape)).as("PROHIBITED decisions counted").isEqualTo(before + 1);
        assertThat(scrape).contains("clearance_decision_latency_seconds_bucket")
                .contains("clearance_packs_snapshot{hash=\"" + live.current().hash() + "\"} 1.0");
    }

    /** The PROHIBITED decision count in a Prometheus scrape, 0 before the first one. */
    private static double prohibited(String scrape) {
        java.util.regex.Matcher count = java.util.regex.Pattern
                .compile("clearance_decisions_total\\{[^}]*verdict=\"PROHIBITED\"[^}]*} (\\S+)").matcher(scrape);
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    @Test
    void metricsNeedAnAdminKey() throws Exception {
        assertThat(get("/actuator/prometheus", keys.create(Role.READER, "t", null).key()).statusCode()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheDecisionsDoor() throws Exception {
        HttpResponse<String> doc = get("/v3/api-docs", null);

        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"/api/v1/decisions\"").contains("\"/api/v1/decisions/batch\"");
    }

    @Test
    void thePreCheckPageIsServedWithoutAKey() throws Exception {
        HttpResponse<String> page = get("/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("launch pre-check");
    }
}
