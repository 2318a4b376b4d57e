package dev.clearance.rules.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a decision is about: an event contract, a crypto product or a business name. In JSON
 * and YAML the {@code kind} field says which.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EventContract.class, name = "EVENT_CONTRACT"),
    @JsonSubTypes.Type(value = Product.class, name = "PRODUCT"),
    @JsonSubTypes.Type(value = BusinessName.class, name = "BUSINESS_NAME")
})
public sealed interface Subject permits EventContract, Product, BusinessName {
    SubjectKind kind();
}
