package dev.clearance.rules.lint;

/** How much a lint finding matters: an error keeps a pack set from going live, a warning asks a person to look. */
public enum Severity {
    ERROR,
    WARNING
}
