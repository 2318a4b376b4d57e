package dev.clearance.service.packs;

import dev.clearance.rules.pack.PackSnapshot;

/**
 * A new pack snapshot went live. Published synchronously after the swap and its record, so what
 * listeners do (re-deciding listings) is done when the publication answers.
 *
 * @param previous the snapshot that answered until now
 * @param current  the snapshot that answers from now on
 * @param keyId    the key that published it
 */
public record PackSnapshotPublished(PackSnapshot previous, PackSnapshot current, String keyId) {
}
