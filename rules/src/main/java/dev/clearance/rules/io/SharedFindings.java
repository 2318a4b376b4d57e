package dev.clearance.rules.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import dev.clearance.rules.model.Decision;
import dev.clearance.rules.model.Finding;
import dev.clearance.rules.model.JurisdictionDecision;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a finding that a decision holds in several jurisdictions once, and copies its JSON
 * wherever it appears. A federal finding counts in every state, so a decision for every
 * jurisdiction holds each one 52 times: half of its 200 KB of JSON. The bytes are those the
 * finding's own serializer writes, so the output is the same as without the copies.
 */
final class SharedFindings {

    /** The serializer attribute holding, per finding written more than once, its JSON. */
    private static final Object ATTRIBUTE = SharedFindings.class;

    private SharedFindings() {
    }

    /** The module that lets a finding's serializer copy the JSON {@link #writerFor} wrote beforehand. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("shared-findings");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return description.getBeanClass() == Finding.class ? new CopyingSerializer(serializer) : serializer;
            }
        });
        return module;
    }

    /**
     * A writer for {@code decision} that copies the JSON of each finding the decision holds more
     * than once. {@code copying} is a mapper with {@link #module}; {@code plain} writes each such
     * finding once beforehand, and has the same settings without the module.
     */
    static ObjectWriter writerFor(Decision decision, ObjectMapper copying, ObjectMapper plain) throws IOException {
        Map<Finding, SerializableString> written = new IdentityHashMap<>();
        for (Finding finding : heldMoreThanOnce(decision)) {
            written.put(finding, new WrittenJson(plain.writeValueAsBytes(finding)));
        }
        return copying.writer().withAttribute(ATTRIBUTE, written);
    }

    /** The findings (the very objects) that the decision holds in more than one place. */
    static Set<Finding> heldMoreThanOnce(Decision decision) {
        Map<Finding, Integer> seen = new IdentityHashMap<>();
        for (JurisdictionDecision jurisdiction : decision.jurisdictions()) {
            for (Finding finding : jurisdiction.findings()) {
                seen.merge(finding, 1, Integer::sum);
            }
        }
        seen.values().removeIf(count -> count == 1);
        return seen.keySet();
    }

    /** A finding's serializer that copies the finding's JSON when it was written beforehand. */
    private static final class CopyingSerializer extends JsonSerializer<Finding>
            implements ContextualSerializer, ResolvableSerializer {

        private final JsonSerializer<Object> own;

        @SuppressWarnings("unchecked")
        CopyingSerializer(JsonSerializer<?> own) {
            this.own = (JsonSerializer<Object>) own;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Finding finding, JsonGenerator generator, SerializerProvider provider) throws IOException {
            // The copying mapper is used only through writerFor, which always hands it the map.
            Map<Finding, SerializableString> written = (Map<Finding, SerializableString>) provider.getAttribute(ATTRIBUTE);
            SerializableString json = written.get(finding);
            if (json != null) {
                generator.writeRawValue(json);
            } else {
                own.serialize(finding, generator, provider);
            }
        }

        // A bean serializer is finished by resolve and createContextual; a wrapper must pass both on.
        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (own instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<?> contextual = own instanceof ContextualSerializer c ? c.createContextual(provider, property) : own;
            return contextual == own ? this : new CopyingSerializer(contextual);
        }
    }

    /**
     * JSON already written, handed to a UTF-8 generator as a raw value: Jackson copies a raw
     * serializable string's "unquoted" UTF-8 form as it is, which here is the finished JSON. The
     * copying mapper writes only bytes, so the character and quoted forms are never asked for.
     */
    private static final class WrittenJson implements SerializableString {

        private final byte[] utf8;

        WrittenJson(byte[] utf8) {
            this.utf8 = utf8;
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8; // Jackson only reads it, as it does its own SerializedString's
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1; // the generator then flushes and asks for asUnquotedUTF8
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (buffer.remaining() < utf8.length) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }

        @Override
        public String getValue() {
            throw bytesOnly();
        }

        @Override
        public int charLength() {
            throw bytesOnly();
        }

        @Override
        public char[] asQuotedChars() {
            throw bytesOnly();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw bytesOnly();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw bytesOnly();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw bytesOnly();
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            throw bytesOnly();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw bytesOnly();
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw bytesOnly();
        }

        private static UnsupportedOperationException bytesOnly() {
            return new UnsupportedOperationException("a finding's written JSON is copied as UTF-8 bytes only");
        }
    }
}
