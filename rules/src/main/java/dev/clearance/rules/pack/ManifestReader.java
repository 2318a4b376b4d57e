package dev.clearance.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a pack's {@code pack.yaml}. A value written {@code ${name}} takes the value of the
 * pack's parameter {@code name}, so a date the law sets (and a lawyer may correct) is written
 * once, e.g. {@code effective: { from: "${noticeEffectiveDate}" }}.
 */
public final class ManifestReader {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)}");

    private ManifestReader() {
    }

    public static PackManifest read(PackFiles pack) {
        String path = pack.path(PackSources.MANIFEST);
        byte[] yaml = pack.file(PackSources.MANIFEST).orElseThrow(() -> new PackException(
                PackProblem.at(path, 0, "missing_manifest", "The pack folder has no pack.yaml.")));
        Yaml.unknownTopLevelKey(path, yaml, PackManifest.class).ifPresent(problem -> {
            throw new PackException(problem);
        });
        try {
            if (!new String(yaml, StandardCharsets.UTF_8).contains("${")) {
                return Yaml.MAPPER.readValue(yaml, PackManifest.class); // keeps line numbers in binding errors
            }
            JsonNode tree = Yaml.MAPPER.readTree(yaml);
            substitute(tree, parameters(tree), path);
            return Yaml.MAPPER.treeToValue(tree, PackManifest.class);
        } catch (IOException e) {
            throw new PackException(Yaml.problem(path, e));
        }
    }

    private static Map<String, String> parameters(JsonNode tree) {
        Map<String, String> values = new HashMap<>();
        for (JsonNode parameter : tree.path("parameters")) {
            values.put(parameter.path("name").asText(), parameter.path("value").asText());
        }
        return values;
    }

    private static void substitute(JsonNode node, Map<String, String> parameters, String path) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("parameters")) {
                    continue;
                }
                if (field.getValue().isTextual()) {
                    field.setValue(new TextNode(resolve(field.getValue().asText(), parameters, path)));
                } else {
                    substitute(field.getValue(), parameters, path);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                substitute(element, parameters, path);
            }
        }
    }

    private static String resolve(String value, Map<String, String> parameters, String path) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String replacement = parameters.get(name);
            if (replacement == null) {
                throw new PackException(PackProblem.at(path, 0, "unknown_parameter",
                        "`${" + name + "}` names no parameter of this pack; declare it under `parameters`."));
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(resolved).toString();
    }
}
