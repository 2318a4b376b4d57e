package dev.clearance.rules.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
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
