package dev.clearance.rules.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A crypto product or business line, described by the facts the articles turn on. */
public record Product(
        @NotNull ProductType productType,
        ProviderType providerType,
        @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String providerDomicile,
        Boolean controlledByDomesticEntity,
        @Size(max = 300) List<@NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String> targetMarkets,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as CNY") String pegCurrency,
        @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String underlyingAssetLocation,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z]{2}(-[A-Z]{2})?:[A-Z_]+",
                message = "must look like CN:COMPETENT_AUTHORITY_APPROVAL (jurisdiction, colon, approval)") String> approvals)
        implements Subject {

    private static final String COUNTRY = "[A-Z]{2}";
    private static final String COUNTRY_MESSAGE = "must be an ISO 3166 two-letter country code such as CN";

    public Product {
        targetMarkets = targetMarkets == null ? List.of() : List.copyOf(targetMarkets);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }

    @Override
    @JsonProperty
    public SubjectKind kind() {
        return SubjectKind.PRODUCT;
    }
}
