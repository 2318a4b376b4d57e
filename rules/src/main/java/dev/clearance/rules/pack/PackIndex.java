package dev.clearance.rules.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.List;

/** {@code packs.yaml}: the pack folders bundled on the classpath, in load order. */
public record PackIndex(@JsonProperty(required = true) List<String> packs) {

    public PackIndex {
        packs = List.copyOf(packs);
    }

    static PackIndex parse(byte[] yaml, String file) {
        try {
            return Yaml.MAPPER.readValue(yaml, PackIndex.class);
        } catch (IOException e) {
            throw new PackException(Yaml.problem(file, e));
        }
    }
}
