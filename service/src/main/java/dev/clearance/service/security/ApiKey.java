package dev.clearance.service.security;

import java.security.Principal;

/** A known key, as the caller of a request: its id (what logs and the audit record name) and role. */
public record ApiKey(String id, Role role, String label) implements Principal {

    @Override
    public String getName() {
        return id;
    }
}
