package dev.clearance.service.packs;

import dev.clearance.rules.pack.PackSnapshot;
import java.util.List;

/**
 * A check run on a draft pack set that compiled, reporting findings that do not stop it going
 * live (style, coverage, suspicious rows). Every bean of this type runs in
 * {@code POST /api/v1/packs/validate}; the pack linter registers itself here.
 */
public interface DraftCheck {

    List<LintFinding> check(PackSnapshot draft);

    /** One lint finding, located like a compile problem. */
    record LintFinding(String file, int line, String code, String message) {
    }
}
