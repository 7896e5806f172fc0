package ai.insightpulse.odooops.neutralize;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one target in one run.
 *
 * @param target  which target
 * @param outcome what happened
 * @param rows    rows changed (live) or that would change (dry run); 0 when skipped
 * @param reason  why it was skipped, empty otherwise
 */
public record TargetResult(NeutralizationTarget target, TargetOutcome outcome, long rows, Optional<String> reason) {

    /** Checks invariants. */
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? Optional.empty() : reason;
        if (rows < 0) {
            throw new IllegalArgumentException("rows < 0");
        }
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
