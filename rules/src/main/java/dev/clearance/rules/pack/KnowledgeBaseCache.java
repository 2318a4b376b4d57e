package dev.clearance.rules.pack;

import dev.clearance.rules.io.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * Knowledge bases by the exact DRL they were built from. A publication mostly changes table rows,
 * or the rules of one pack: every pack whose rules did not change keeps its knowledge base, so
 * compiling the draft takes no Drools build for it, and once the draft is live the JVM has no new
 * rule classes to compile while it serves traffic. Table rows are not part of a knowledge base:
 * they are read afresh into the pack's own declared types on every compile.
 *
 * <p>Bounded, the least recently used going first: a knowledge base a snapshot still holds
 * lives on with that snapshot.
 */
final class KnowledgeBaseCache {

    static final int CAPACITY = 32;

    private final Map<String, KieBase> byDrl = new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The knowledge base built from {@code drl} (each file's path and the text given to Drools), building it if needed. */
    KieBase get(List<Map.Entry<String, String>> drl, Supplier<KieBase> build) {
        String key = keyOf(drl);
        synchronized (byDrl) {
            KieBase known = byDrl.get(key);
            if (known != null) {
                return known;
            }
        }
        KieBase built = build.get(); // outside the lock: a build takes seconds and others may read meanwhile
        if (built != null) {
            synchronized (byDrl) {
                byDrl.putIfAbsent(key, built);
            }
        }
        return built;
    }

    private static String keyOf(List<Map.Entry<String, String>> drl) {
        MessageDigest digest = Sha256.newDigest();
        for (Map.Entry<String, String> file : drl) {
            for (String part : List.of(file.getKey(), file.getValue())) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
        }
        return Sha256.hex(digest);
    }
}
