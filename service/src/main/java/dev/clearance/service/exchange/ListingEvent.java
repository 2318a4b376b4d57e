package dev.clearance.service.exchange;

import dev.clearance.rules.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One entry of a listing's history: the listing itself, or a jurisdiction whose standing changed
 * when the listing was decided again.
 *
 * @param jurisdiction null for {@link Kind#LISTED}
 * @param oldVerdict   null for {@link Kind#LISTED}
 * @param newVerdict   the jurisdiction's new verdict (for LISTED, the decision's overall verdict)
 * @param rulesAdded   rule ids that fired in the new decision and not in the old
 * @param rulesRemoved rule ids that fired in the old decision and not in the new
 */
public record ListingEvent(Instant at, Kind kind, String jurisdiction, Verdict oldVerdict, Verdict newVerdict,
        List<String> rulesAdded, List<String> rulesRemoved, String decisionId, String snapshotHash) {

    public ListingEvent {
        rulesAdded = List.copyOf(rulesAdded);
        rulesRemoved = List.copyOf(rulesRemoved);
    }

    /** What happened. */
    public enum Kind {
        /** The contract was listed. */
        LISTED,
        /** The jurisdiction was tradable and no longer is: its resting orders were cancelled. */
        HALTED,
        /** The jurisdiction was not tradable and now is. */
        REOPENED,
        /** The verdict or the minimum age changed without changing whether the jurisdiction is tradable. */
        CHANGED
    }

    /** An event for every jurisdiction whose verdict, status or minimum age differs between two standings. */
    static List<ListingEvent> changes(List<JurisdictionStanding> before, List<JurisdictionStanding> after,
            Instant at, String decisionId, String snapshotHash) {
        Map<String, JurisdictionStanding> old = before.stream()
                .collect(Collectors.toMap(JurisdictionStanding::jurisdiction, Function.identity()));
        List<ListingEvent> events = new ArrayList<>();
        for (JurisdictionStanding now : after) {
            JurisdictionStanding was = old.get(now.jurisdiction());
            if (was != null && was.verdict() == now.verdict() && was.status() == now.status()
                    && was.minimumAge() == now.minimumAge()) {
                continue;
            }
            boolean wasTradable = was != null && was.tradable();
            Kind kind = wasTradable == now.tradable() ? Kind.CHANGED : now.tradable() ? Kind.REOPENED : Kind.HALTED;
            List<String> oldRules = was == null ? List.of() : was.rules();
            events.add(new ListingEvent(at, kind, now.jurisdiction(), was == null ? null : was.verdict(),
                    now.verdict(), minus(now.rules(), oldRules), minus(oldRules, now.rules()), decisionId,
                    snapshotHash));
        }
        return events;
    }

    private static List<String> minus(List<String> rules, List<String> other) {
        return rules.stream().filter(rule -> !other.contains(rule)).toList();
    }
}
