package dev.clearance.service.packs;

import dev.clearance.rules.engine.DecisionEngine;
import dev.clearance.rules.pack.LivePacks;
import dev.clearance.rules.pack.PackFiles;
import dev.clearance.rules.pack.PackSources;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live packs and the engine that reads them. {@code clearance.packs.dir} names a folder of
 * pack folders; left empty, the packs bundled in the jurisdictions jar answer.
 */
@Configuration(proxyBeanMethods = false)
class PackConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PackConfiguration.class);

    @Bean
    LivePacks livePacks(@Value("${clearance.packs.dir:}") String packsDir) {
        List<PackFiles> packs = packsDir.isBlank()
                ? PackSources.fromClasspath(PackConfiguration.class.getClassLoader())
                : PackSources.fromDirectory(Path.of(packsDir));
        LivePacks live = new LivePacks(packs);
        LOG.info("Packs live from {}: {} ({})", packsDir.isBlank() ? "the classpath" : packsDir,
                live.current().packs().stream().map(p -> p.label()).toList(), live.current().hash());
        return live;
    }

    @Bean
    DecisionEngine decisionEngine(LivePacks livePacks) {
        return new DecisionEngine(livePacks);
    }
}
