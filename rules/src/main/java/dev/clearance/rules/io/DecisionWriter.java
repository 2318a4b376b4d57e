package dev.clearance.rules.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clearance.rules.model.Decision;
import java.io.IOException;

/** Writes decisions in the public response shape (architecture doc), one JSON object per decision. */
public final class DecisionWriter {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    /** {@link #JSON} that copies findings a decision repeats; private, so never pretty-printed or reconfigured. */
    private static final ObjectMapper COPYING_FINDINGS = JSON.copy().registerModule(SharedFindings.module());

    private DecisionWriter() {
    }

    /**
     * Compact UTF-8 JSON, written straight to bytes: what is stored and sent, with no string in
     * between. A finding held by several jurisdictions is written once and copied (see
     * {@link SharedFindings}); the bytes are the same as {@code toJson(decision, false)}'s.
     */
    public static byte[] toUtf8(Decision decision) {
        try {
            return SharedFindings.writerFor(decision, COPYING_FINDINGS, JSON).writeValueAsBytes(decision);
        } catch (IOException e) {
            throw new IllegalStateException("a decision could not be written as JSON", e);
        }
    }

    public static String toJson(Decision decision, boolean pretty) {
        try {
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(decision)
                    : JSON.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision could not be written as JSON", e);
        }
    }
}
