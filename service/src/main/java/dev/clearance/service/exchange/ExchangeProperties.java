package dev.clearance.service.exchange;

import dev.clearance.rules.matching.FsyncPolicy;
import dev.clearance.rules.matching.MarketConfig;
import dev.clearance.rules.matching.RiskLimits;
import dev.clearance.rules.matching.SurveillanceThresholds;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The matching core's settings ({@code clearance.exchange.*}): where markets journal, and the
 * venue's market sizes, risk limits and surveillance thresholds, the same for every market.
 */
@ConfigurationProperties("clearance.exchange")
record ExchangeProperties(Path journalDir, FsyncPolicy fsync, int orderCapacity, int maxParticipants,
        int maxOrderQuantity, long maxLossCents, int collarTicks, int referencePrice, int orderToTradeRatio,
        int minimumOrdersForRatio, Duration fastCancel, int fastCancelsForAlert, int relatedTradesForAlert) {

    MarketConfig marketConfig() {
        return new MarketConfig(orderCapacity, maxParticipants, true,
                new RiskLimits(maxOrderQuantity, maxLossCents, collarTicks, referencePrice),
                new SurveillanceThresholds(orderToTradeRatio, minimumOrdersForRatio, fastCancel.toNanos(),
                        fastCancelsForAlert, relatedTradesForAlert));
    }
}
