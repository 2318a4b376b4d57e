package dev.clearance.rules.pack;

import dev.clearance.rules.classify.EventClassifier;
import java.nio.charset.StandardCharsets;
import dev.clearance.rules.io.Sha256;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable set of compiled packs that answers decisions. Its hash names it in every
 * decision, so each stored answer can be traced to exactly the law that produced it. The event
 * classifier is built from the vocabulary tables of all its packs: categories are shared
 * language, the packs decide what each category means in law. It is null when no pack has a
 * vocabulary; contracts then carry no categories and rules that need one do not fire.
 */
public record PackSnapshot(List<CompiledPack> packs, String hash, Instant loadedAt, EventClassifier classifier) {

    public PackSnapshot {
        packs = List.copyOf(packs);
    }

    static PackSnapshot of(List<CompiledPack> packs, EventClassifier classifier) {
        List<CompiledPack> ordered = packs.stream().sorted(Comparator.comparing(CompiledPack::id)).toList();
        return new PackSnapshot(ordered, hashOf(ordered.stream().map(p -> Map.entry(p.id(), p.contentHash())).toList()),
                Instant.now(), classifier);
    }

    public Optional<CompiledPack> pack(String id) {
        return packs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The packs in force on a date: within their own effective dates and not yet replaced by a
     * pack that supersedes them.
     */
    public List<CompiledPack> inForceOn(LocalDate date) {
        return packs.stream().filter(p -> p.inForceOn(date) && !supersededOn(p, date)).toList();
    }

    private boolean supersededOn(CompiledPack pack, LocalDate date) {
        return packs.stream().map(p -> p.manifest().supersedes())
                .anyMatch(s -> s != null && s.pack().equals(pack.id()) && !date.isBefore(s.from()));
    }

    /**
     * The hash that names a pack set, from each pack's id and content hash, taken in id order
     * whatever order they come in: a draft's files and the snapshot they compile to hash alike.
     */
    static String hashOf(List<Map.Entry<String, String>> contentHashById) {
        MessageDigest digest = Sha256.newDigest();
        contentHashById.stream().sorted(Map.Entry.comparingByKey()).forEach(pack ->
                digest.update((pack.getKey() + "=" + pack.getValue() + "\n").getBytes(StandardCharsets.UTF_8)));
        return "sha256:" + Sha256.hex(digest);
    }
}
