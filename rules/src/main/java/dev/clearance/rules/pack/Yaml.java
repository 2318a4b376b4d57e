package dev.clearance.rules.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The strict YAML reader packs and golden cases share: unknown keys and bad values are errors with a line. */
public final class Yaml {

    public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private Yaml() {
    }

    /**
     * The first top-level key of {@code yaml} that is no component of {@code type}, as a problem
     * with its line. Checked before binding because Jackson would otherwise report the required
     * key the typo hides ("rules is missing") instead of the typo ("rulez is unknown").
     */
    public static Optional<PackProblem> unknownTopLevelKey(String file, byte[] yaml, Class<? extends Record> type) {
        try {
            JsonNode tree = MAPPER.readTree(yaml);
            return tree == null ? Optional.empty() : unknownKey(file, yaml, tree, type);
        } catch (IOException e) {
            return Optional.of(problem(file, e));
        }
    }

    /** The first key of {@code object} (a node of {@code yaml}) that is no component of {@code type}. */
    public static Optional<PackProblem> unknownKey(String file, byte[] yaml, JsonNode object, Class<? extends Record> type) {
        if (!object.isObject()) {
            return Optional.empty();
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
        for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                return Optional.of(PackProblem.at(file, lineOfKey(yaml, key), "unknown_key", "Unknown key `" + key
                        + "`; expected one of " + known.stream().sorted().collect(Collectors.joining(", ")) + "."));
            }
        }
        return Optional.empty();
    }

    /** The line where {@code key} is first written as a key in {@code yaml}, or 0 when it is not. */
    private static int lineOfKey(byte[] yaml, String key) {
        String text = new String(yaml, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("(?m)^[ \\t-]*" + Pattern.quote(key) + "\\s*:").matcher(text);
        return matcher.find() ? new SourceLines(text).lineAt(matcher.start()) : 0;
    }

    /** Turns a parse or mapping failure into a problem naming the file, line and offending key. */
    public static PackProblem problem(String file, IOException e) {
        int line = 0;
        int column = 0;
        if (e instanceof JsonProcessingException processing && processing.getLocation() != null) {
            JsonLocation location = processing.getLocation();
            line = location.getLineNr();
            column = location.getColumnNr();
        }
        return new PackProblem(file, line, column, code(e), message(e));
    }

    private static String code(IOException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown_key";
        }
        return e instanceof JsonMappingException ? "invalid_value" : "invalid_yaml";
    }

    private static String message(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown key `" + unknown.getPropertyName() + "`; expected one of "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof JsonMappingException mapping) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return (path.isEmpty() ? "" : "At `" + path + "`: ") + mapping.getOriginalMessage();
        }
        return e.getMessage();
    }
}
