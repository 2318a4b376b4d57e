package dev.clearance.rules.pack;

import dev.clearance.rules.engine.Query;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule must match at least one fact of the decision itself: the subject, or what the
 * engine derives from it (its classification, category hits, term hits). The engine keeps the
 * queries and table rows in warm sessions between decisions; a rule that matched only those
 * would fire in the first decision a session serves and never again, so it is refused here.
 */
final class DecisionFactCheck {

    private DecisionFactCheck() {
    }

    /** True when the rule has a positive pattern on a type that is neither the Query nor a table row. */
    static boolean looksAtTheDecision(Rule rule, Set<String> residentTypes) {
        return patterns(((RuleImpl) rule).getLhs())
                .anyMatch(pattern -> pattern.getSource() == null
                        && !residentTypes.contains(pattern.getObjectType().getClassName()));
    }

    /** The class names of facts that stay in a session: the Query and the given table fact types. */
    static Set<String> residentTypes(List<String> tableTypes) {
        Set<String> types = new HashSet<>(tableTypes);
        types.add(Query.class.getName());
        return Set.copyOf(types);
    }

    /** Patterns that must match for the rule to fire: not those under {@code not}. */
    private static Stream<Pattern> patterns(RuleConditionElement element) {
        if (element instanceof Pattern pattern) {
            return Stream.of(pattern);
        }
        if (element instanceof GroupElement group && !group.isNot()) {
            return group.getChildren().stream().flatMap(DecisionFactCheck::patterns);
        }
        return Stream.empty();
    }
}
