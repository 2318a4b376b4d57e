package dev.clearance.rules.model;

/** The product kinds the sources discuss (regulatory brief, section 4). */
public enum ProductType {
    /** Fiat-to-crypto exchange. */
    SPOT_EXCHANGE,
    CRYPTO_TO_CRYPTO_EXCHANGE,
    /** Futures and perpetuals on crypto. */
    CRYPTO_DERIVATIVES,
    /** Pre-market OTC, spot or perpetuals before a token generation event. */
    PRE_MARKET_TRADING,
    POINTS_TRADING,
    /** NFTs, whitelist or allocation rights. */
    TOKENIZED_RIGHTS,
    /** ICO, IEO, launchpad. */
    TOKEN_ISSUANCE,
    STABLECOIN_ISSUANCE,
    RWA_TOKENIZATION,
    /** Tokenized stocks and stock perpetuals. */
    TOKENIZED_SECURITIES,
    CRYPTO_PAYMENT_CARD,
    CRYPTO_CUSTODY,
    /** Lending, including crypto taken as collateral. */
    CRYPTO_LENDING,
    CRYPTO_INSURANCE,
    CRYPTO_MINING,
    MINING_MACHINE_SALES,
    /** Marketing, advertising, paid traffic, hosting a venue or app. */
    CRYPTO_ADVERTISING,
    MARKET_MAKING_SERVICE,
    /** Information intermediary and pricing services. */
    CRYPTO_INFORMATION_SERVICE,
    DIGITAL_ASSET_TREASURY,
    /** Operating a prediction market. */
    EVENT_CONTRACT_VENUE
}
