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
 * @param set   column to value, in file order; never {@code id}; empty when the rule masks
 * @param where column to a value ({@code =}), {@code null} ({@code IS NULL}) or a {@link List} of values
 *              ({@code IN}); every entry must hold (AND); empty means every row
 * @param mask  column to masking function, in file order; never {@code id}; empty when the rule sets. A masking
 *              rule is part of the sanitize profile: it runs only with {@code --sanitize}
 */
public record DeclaredRule(int index, Optional<String> name, String table, Map<String, Object> set,
                           Map<String, Object> where, Map<String, ColumnMask> mask) {

    /** Checks invariants; the maps keep their order and may hold {@code null} values. */
    public DeclaredRule {
        Objects.requireNonNull(table, "table");
        name = name == null ? Optional.empty() : name;
        set = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        where = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(where));
        mask = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mask == null ? Map.of() : mask));
        if (set.isEmpty() == mask.isEmpty()) {
            throw new IllegalArgumentException("a rule either sets or masks at least one column");
        }
    }

    /** A rule that sets values. */
    public DeclaredRule(int index, Optional<String> name, String table, Map<String, Object> set,
                        Map<String, Object> where) {
        this(index, name, table, set, where, Map.of());
    }

    /** Whether this rule masks (runs only with {@code --sanitize}) rather than sets. */
    public boolean masks() {
        return !mask.isEmpty();
    }

    /** How messages and the summary name this rule: {@code rules[2]} or {@code rules[2] (zoho_keys)}. */
    public String label() {
        return "rules[" + index + "]" + name.map(n -> " (" + n + ")").orElse("");
    }
}
