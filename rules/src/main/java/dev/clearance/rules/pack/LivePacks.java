package dev.clearance.rules.pack;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The snapshot that answers decisions now. A reload compiles the new set completely before one
 * atomic swap; a set that fails to compile never goes live, and the previous one keeps serving.
 * A decision reads the reference once, so it finishes on the snapshot it started with.
 */
public final class LivePacks {

    private final PackLoader loader = new PackLoader();
    private final AtomicReference<PackSnapshot> current;

    public LivePacks(List<PackFiles> initial) {
        this.current = new AtomicReference<>(loader.load(initial));
    }

    /** Serves a snapshot already compiled, e.g. by a tool that also lints or compares it. */
    public LivePacks(PackSnapshot initial) {
        this.current = new AtomicReference<>(initial);
    }

    public PackSnapshot current() {
        return current.get();
    }

    /** Compiles {@code packSet} and makes it live; throws {@link PackException} and changes nothing on failure. */
    public PackSnapshot publish(List<PackFiles> packSet) {
        return publish(loader.load(packSet));
    }

    /** Makes a snapshot already compiled (and checked by the caller) live. */
    public PackSnapshot publish(PackSnapshot next) {
        current.set(next);
        return next;
    }
}
