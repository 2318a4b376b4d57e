package dev.clearance.service.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import dev.clearance.rules.io.RequestReader;
import java.time.Clock;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock decisions default their {@code asOf} from, limits, and the OpenAPI header. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.class)
@OpenAPIDefinition(info = @Info(title = "Clearance", version = "v1",
        description = "Compliance decisions for event contracts, crypto products and business names."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key: `Authorization: Bearer <key>` (or the `X-API-Key` header).")
@EnableScheduling
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Request bodies bind as strictly over REST as from the CLI: no coerced scalars. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer refuseCoercion() {
        return builder -> builder.postConfigurer(RequestReader::refuseCoercion);
    }
}
