package dev.clearance.rules.model;

/** What a decision is about: an event contract, a crypto product or a business name. */
public sealed interface Subject permits EventContract, Product, BusinessName {
    SubjectKind kind();
}
