package ai.insightpulse.odooops.neutralize;

import java.util.Objects;
import java.util.Optional;

/**
 * What one declared rule did in a run.
 *
 * @param index   the rule's position in its file, from 0
 * @param name    the rule's name, if it has one
 * @param table   the rule's table
 * @param outcome {@code changed}, {@code would_change}, {@code no_op} or {@code skipped}
 * @param rows    rows changed (or that would change)
 * @param reason  why it was skipped: the missing table or columns
 */
public record RuleResult(int index, Optional<String> name, String table, TargetOutcome outcome, long rows,
                         Optional<String> reason) {

    /** Checks invariants. */
    public RuleResult {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(outcome, "outcome");
        name = name == null ? Optional.empty() : name;
        reason = reason == null ? Optional.empty() : reason;
        if (rows < 0) {
            throw new IllegalArgumentException("rows < 0");
        }
    }

    /** A rule that ran (or was counted) and changed (or would change) {@code rows}. */
    public static RuleResult counted(DeclaredRule rule, long rows, boolean dryRun) {
        TargetOutcome outcome = rows == 0 ? TargetOutcome.NO_OP
                : dryRun ? TargetOutcome.WOULD_CHANGE : TargetOutcome.CHANGED;
        return new RuleResult(rule.index(), rule.name(), rule.table(), outcome, rows, Optional.empty());
    }

    /** A rule whose table or columns this database does not have. */
    public static RuleResult skipped(DeclaredRule rule, String reason) {
        return new RuleResult(rule.index(), rule.name(), rule.table(), TargetOutcome.SKIPPED, 0, Optional.of(reason));
    }
}
