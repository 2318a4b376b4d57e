package dev.clearance.rules.model;

/** What a decision is about. */
public enum SubjectKind {
    EVENT_CONTRACT,
    PRODUCT,
    BUSINESS_NAME
}
