package dev.clearance.service.exchange;

import dev.clearance.rules.matching.Exchange;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The matching core, journalling every market under {@code clearance.exchange.journal-dir}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeProperties.class)
class ExchangeConfiguration {

    @Bean(destroyMethod = "close")
    Exchange exchange(ExchangeProperties properties, Clock clock) throws IOException {
        Files.createDirectories(properties.journalDir());
        return Exchange.journalled(properties.marketConfig(), clock, properties.journalDir(), properties.fsync());
    }
}
