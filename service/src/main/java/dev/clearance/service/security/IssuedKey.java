package dev.clearance.service.security;

/** A newly created key. {@code key} is shown this once; only its SHA-256 is stored. */
public record IssuedKey(String id, Role role, String label, String key) {
}
