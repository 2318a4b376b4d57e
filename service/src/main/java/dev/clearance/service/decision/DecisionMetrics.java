package dev.clearance.service.decision;

import dev.clearance.rules.model.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Decisions counted per overall verdict, and how long each took (engine and audit write). */
@Component
class DecisionMetrics {

    private final Map<Verdict, Counter> byVerdict = new EnumMap<>(Verdict.class);
    private final Timer latency;

    DecisionMetrics(MeterRegistry registry) {
        for (Verdict verdict : Verdict.values()) {
            byVerdict.put(verdict, Counter.builder("clearance.decisions").tag("verdict", verdict.name())
                    .description("Decisions made, by overall verdict").register(registry));
        }
        latency = Timer.builder("clearance.decision.latency").publishPercentileHistogram()
                .description("Time to decide one request and store it in the audit log").register(registry);
    }

    void record(Verdict overall, long nanos) {
        byVerdict.get(overall).increment();
        latency.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
