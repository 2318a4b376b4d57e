package dev.clearance.rules.model;

/** An enterprise or individual business name with its registered business scope. */
public record BusinessName(String name, String businessScope, String registeredIn) implements Subject {

    @Override
    public SubjectKind kind() {
        return SubjectKind.BUSINESS_NAME;
    }
}
