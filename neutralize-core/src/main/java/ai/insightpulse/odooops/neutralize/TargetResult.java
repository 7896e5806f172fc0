package ai.insightpulse.odooops.neutralize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one target in one run.
 *
 * @param target  which target
 * @param outcome what happened
 * @param rows    rows changed (live) or that would change (dry run); 0 when skipped
 * @param reason  why it was skipped, empty otherwise
 * @param tables  for targets that report them (the sanitize targets): rows per table ({@code res_partner}) and per
 *                column ({@code res_partner.email}), rows deleted ({@code mail_mail:deleted}, also in the table's
 *                rows), in statement order; empty otherwise. Column counts are
 *                counted just before the statement, in the same transaction (a dry run's are the prediction)
 */
public record TargetResult(NeutralizationTarget target, TargetOutcome outcome, long rows, Optional<String> reason,
                           Map<String, Long> tables) {

    /** Checks invariants. */
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? Optional.empty() : reason;
        tables = tables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        if (rows < 0) {
            throw new IllegalArgumentException("rows < 0");
        }
    }

    /** A result without per-table counts. */
    public TargetResult(NeutralizationTarget target, TargetOutcome outcome, long rows, Optional<String> reason) {
        this(target, outcome, rows, reason, Map.of());
    }

    /** This result with per-table and per-column counts. */
    public TargetResult withTables(Map<String, Long> counts) {
        return new TargetResult(target, outcome, rows, reason, counts);
    }

    /** A target that ran (live or dry) and touched {@code rows} rows. */
    public static TargetResult counted(NeutralizationTarget target, long rows, boolean dryRun) {
        TargetOutcome outcome = rows == 0 ? TargetOutcome.NO_OP
                : dryRun ? TargetOutcome.WOULD_CHANGE : TargetOutcome.CHANGED;
        return new TargetResult(target, outcome, rows, Optional.empty());
    }

    /** A target whose tables or columns are absent. */
    public static TargetResult skipped(NeutralizationTarget target, String reason) {
        return new TargetResult(target, TargetOutcome.SKIPPED, 0, Optional.of(reason));
    }

    /** A target left out of this run by selection. */
    public static TargetResult notSelected(NeutralizationTarget target) {
        return new TargetResult(target, TargetOutcome.NOT_SELECTED, 0, Optional.empty());
    }
}
