package dev.clearance.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredJsonTest {

    @Test
    void aDecisionForEveryStateShrinksAndInflatesToTheSameBytes() {
        StringBuilder json = new StringBuilder("{\"overall\":\"RESTRICTED\",\"jurisdictions\":[");
        for (int state = 0; state < 51; state++) {
            json.append("{\"code\":\"US-").append(state).append("\",\"verdict\":\"PROHIBITED\",\"findings\":[{\"reason\":")
                    .append("\"The state treats a contract on a sporting event as a wager it has not licensed.\",")
                    .append("\"citation\":\"State gaming code, section on unlicensed wagering\"}]},");
        }
        byte[] decision = json.append("{}]}").toString().getBytes(StandardCharsets.UTF_8);

        byte[] stored = StoredJson.deflate(decision);

        assertThat(stored.length).isLessThan(decision.length / 8);
        assertThat(StoredJson.inflate(stored)).isEqualTo(decision);
    }

    @Test
    void bytesThatBarelyShrinkStillInflateToTheSameBytes() {
        byte[] noise = new byte[100_000];
        new Random(42).nextBytes(noise);

        byte[] stored = StoredJson.deflate(noise);

        assertThat(stored.length).isGreaterThan(noise.length / 8 + 64);
        assertThat(StoredJson.inflate(stored)).isEqualTo(noise);
    }
}
