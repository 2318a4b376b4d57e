package dev.clearance.rules.model;

import java.util.List;

/** A fact that points at the caller's text (a classifier hit, a screened term); findings quote it. */
public interface EvidenceSource {
    List<Evidence> evidence();
}
