package dev.clearance.rules.model;

/** Who offers a product; several articles bind one kind of provider only. */
public enum ProviderType {
    FINANCIAL_INSTITUTION,
    PAYMENT_INSTITUTION,
    INTERNET_PLATFORM,
    INTERMEDIARY,
    TECHNOLOGY_PROVIDER,
    EXCHANGE,
    ISSUER,
    OTHER
}
