package ai.insightpulse.odooops.neutralize;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One declared rule of the customer's rules file: give {@code set}'s columns of {@code table} these values on the
 * rows matching {@code where}. Identifiers are plain lower-case SQL identifiers (checked by {@link DeclaredRules});
 * values are {@link Boolean}, {@link Long}, {@link String} or {@code null}, bound as parameters, never SQL text.
 *
 * @param index the rule's position in the file, from 0
 * @param name  the rule's optional name, for the summary
 * @param table the table
 * @param set   column to value, in file order; never {@code id}
 * @param where column to a value ({@code =}), {@code null} ({@code IS NULL}) or a {@link List} of values
 *              ({@code IN}); every entry must hold (AND); empty means every row
 */
public record DeclaredRule(int index, Optional<String> name, String table, Map<String, Object> set,
                           Map<String, Object> where) {

    /** Checks invariants; the maps keep their order and may hold {@code null} values. */
    public DeclaredRule {
        Objects.requireNonNull(table, "table");
        name = name == null ? Optional.empty() : name;
        set = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        where = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(where));
        if (set.isEmpty()) {
            throw new IllegalArgumentException("a rule sets at least one column");
        }
    }

    /** How messages and the summary name this rule: {@code rules[2]} or {@code rules[2] (zoho_keys)}. */
    public String label() {
        return "rules[" + index + "]" + name.map(n -> " (" + n + ")").orElse("");
    }
}
