package dev.clearance.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final String DECISION =
            "{\"id\":\"3f2b8c1e-0d4a-4f5e-9b61-2a7c9e4d1f08\",\"overall\":\"PROHIBITED\",\"note\":\"稳定币 𠀀 é\"}";

    private static AuditEntry entry(String decisionJson) {
        return new AuditEntry("3f2b8c1e-0d4a-4f5e-9b61-2a7c9e4d1f08", Instant.parse("2026-11-21T09:30:00.123Z"),
                "key_1f87caf52f5a", "sha256:a6765dc1eac82e498f536bd8be3f28f57e7f22a496beb0e8dd565f58ebbee98b",
                "PROHIBITED", "{\"subject\":{\"kind\":\"BUSINESS_NAME\",\"name\":\"上海稳定币科技有限公司\"},\"jurisdictions\":[\"CN\"]}",
                decisionJson.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsHashAsTheyDidWhenDecisionsWereHandledAsStrings() {
        // Computed by the chain code of the first release, which hashed the whole row as one string.
        assertThat(AuditChain.hash(AuditChain.GENESIS, 7, entry(DECISION)))
                .isEqualTo("fc3ee2964975c5963dc750258595f1d5459acf7fce971a48dec672b2478941e9");
    }

    @Test
    void theLengthOfUtf8JsonIsCountedInUtf16UnitsAsAJavaStringCountsIt() {
        assertThat(AuditChain.utf16Length(DECISION.getBytes(StandardCharsets.UTF_8))).isEqualTo(DECISION.length());
    }

    @Test
    void theLengthIsCountedAlikeWhereverMultiByteCharactersFallAgainstEightByteWords() {
        String[] pieces = {"a", "é", "稳", "𠀀", "{\"reason\":\"", "\u0000", "\u007f", "\u0080", "\u07ff", "\uffff"};
        Random random = new Random(42);
        for (int sample = 0; sample < 2_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(AuditChain.utf16Length(text.toString().getBytes(StandardCharsets.UTF_8)))
                    .as("length of %s", text).isEqualTo(text.length());
        }
    }

    @Test
    void aPrecountedLengthHashesAsTheLengthCountedByTheChain() {
        byte[] decision = DECISION.getBytes(StandardCharsets.UTF_8);

        assertThat(AuditChain.hash(AuditChain.GENESIS, 7, entry(DECISION), AuditChain.utf16Length(decision)))
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, 7, entry(DECISION)));
    }

    @Test
    void aChangedDecisionChangesTheHash() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 7, entry(DECISION.replace("PROHIBITED", "ALLOWED"))))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 7, entry(DECISION)));
    }
}
