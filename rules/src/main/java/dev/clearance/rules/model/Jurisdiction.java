package dev.clearance.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A jurisdiction named by its ISO 3166 code: {@code US} (the federal layer), {@code US-XX} for the
 * 50 states and the District of Columbia, and {@code CN} (mainland China). A state's parent is
 * {@code US}: a state decision applies the federal packs and the state packs together.
 */
public record Jurisdiction(String code, String name) {

    /** The word a request uses for every known jurisdiction. */
    public static final String ALL = "ALL";

    private static final Map<String, Jurisdiction> KNOWN = catalogue();

    public static Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(code == null ? null : KNOWN.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Every known jurisdiction: US, the states and DC in code order, then CN. */
    public static List<Jurisdiction> all() {
        return List.copyOf(KNOWN.values());
    }

    public boolean isUsState() {
        return code.startsWith("US-");
    }

    /** True for a layer that others sit beneath (the US federal layer above the states and DC). */
    public boolean hasSubdivisions() {
        return KNOWN.values().stream().anyMatch(j -> j.parent().filter(code::equals).isPresent());
    }

    /** The layer above this one whose packs also apply, if any. */
    public Optional<String> parent() {
        return isUsState() ? Optional.of("US") : Optional.empty();
    }

    private static Map<String, Jurisdiction> catalogue() {
        Map<String, Jurisdiction> known = new LinkedHashMap<>();
        known.put("US", new Jurisdiction("US", "United States (federal)"));
        String[][] states = {
            {"AK", "Alaska"}, {"AL", "Alabama"}, {"AR", "Arkansas"}, {"AZ", "Arizona"}, {"CA", "California"},
            {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DC", "District of Columbia"}, {"DE", "Delaware"},
            {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"IA", "Iowa"}, {"ID", "Idaho"},
            {"IL", "Illinois"}, {"IN", "Indiana"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
            {"MA", "Massachusetts"}, {"MD", "Maryland"}, {"ME", "Maine"}, {"MI", "Michigan"},
            {"MN", "Minnesota"}, {"MO", "Missouri"}, {"MS", "Mississippi"}, {"MT", "Montana"},
            {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"NE", "Nebraska"}, {"NH", "New Hampshire"},
            {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NV", "Nevada"}, {"NY", "New York"}, {"OH", "Ohio"},
            {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"}, {"RI", "Rhode Island"},
            {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"}, {"TX", "Texas"},
            {"UT", "Utah"}, {"VA", "Virginia"}, {"VT", "Vermont"}, {"WA", "Washington"}, {"WI", "Wisconsin"},
            {"WV", "West Virginia"}, {"WY", "Wyoming"}};
        for (String[] state : states) {
            known.put("US-" + state[0], new Jurisdiction("US-" + state[0], state[1]));
        }
        known.put("CN", new Jurisdiction("CN", "China (mainland)"));
        return Collections.unmodifiableMap(known);
    }

    /** Expands {@code ALL} and removes repeats, keeping the caller's order otherwise. */
    public static List<Jurisdiction> expand(List<Jurisdiction> requested, boolean all) {
        if (all) {
            return all();
        }
        List<Jurisdiction> result = new ArrayList<>();
        for (Jurisdiction j : requested) {
            if (!result.contains(j)) {
                result.add(j);
            }
        }
        return result;
    }
}
