package dev.clearance.rules.model;

import java.util.List;

/** A crypto product or business line, described by the facts the articles turn on. */
public record Product(
        ProductType productType,
        ProviderType providerType,
        String providerDomicile,
        Boolean controlledByDomesticEntity,
        List<String> targetMarkets,
        String pegCurrency,
        String underlyingAssetLocation,
        List<String> approvals) implements Subject {

    public Product {
        targetMarkets = targetMarkets == null ? List.of() : List.copyOf(targetMarkets);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.PRODUCT;
    }
}
