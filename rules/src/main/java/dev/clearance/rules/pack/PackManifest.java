package dev.clearance.rules.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.clearance.rules.model.ProductType;
import dev.clearance.rules.model.SubjectKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A pack's {@code pack.yaml}: what the pack is, where and when it applies, what it covers, and
 * which files hold its rules and tables. Unknown keys are errors, so a typo never passes silently.
 */
public record PackManifest(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String version,
        @JsonProperty(required = true) List<String> jurisdictions,
        @JsonProperty(required = true) Coverage covers,
        @JsonProperty(required = true) Effective effective,
        Supersession supersedes,
        List<Parameter> parameters,
        List<Source> sources,
        @JsonProperty(required = true) List<String> rules,
        List<Table> tables) {

    /** Stands for the 50 states and the District of Columbia in {@link #jurisdictions}. */
    public static final String ALL_STATES = "US-STATES";

    public PackManifest {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        sources = sources == null ? List.of() : List.copyOf(sources);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** Which subjects the pack decides; anything else is not its business. */
    public record Coverage(List<SubjectKind> subjectKinds, List<ProductType> productTypes) {
        public Coverage {
            subjectKinds = subjectKinds == null ? List.of() : List.copyOf(subjectKinds);
            productTypes = productTypes == null ? List.of() : List.copyOf(productTypes);
        }
    }

    /** The pack is in force from {@code from} (inclusive) until {@code to} (exclusive, null = open). */
    public record Effective(@JsonProperty(required = true) LocalDate from, LocalDate to) {
        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }

    /** This pack replaces {@code pack} from {@code from}: the older pack stops answering that day. */
    public record Supersession(@JsonProperty(required = true) String pack, @JsonProperty(required = true) LocalDate from) {
    }

    /** A named value the law sets and a lawyer may correct, with a note on its source or doubt. */
    public record Parameter(@JsonProperty(required = true) String name, @JsonProperty(required = true) String value, String note) {
    }

    /** An instrument the pack relies on. */
    public record Source(@JsonProperty(required = true) String instrument, String article, String url, String note) {
    }

    /**
     * A CSV table of the pack. {@code fact} names a type declared in the pack's DRL whose
     * instances the rows become; {@code kind} marks the tables the engine reads itself
     * ({@code vocabulary} for the event classifier, {@code terms} for name screening).
     * {@code key} names the columns that identify one thing whose rows are its periods (default:
     * the first column); {@code continuous: true} says those periods must leave no gap. Both are
     * optional and only read by the linter.
     */
    public record Table(@JsonProperty(required = true) String file, String fact, String kind, List<String> key,
            Boolean continuous) {

        public Table {
            key = key == null ? List.of() : List.copyOf(key);
        }

        public Table(String file, String fact, String kind) {
            this(file, fact, kind, null, null);
        }

        public boolean isContinuous() {
            return Boolean.TRUE.equals(continuous);
        }
    }
}
