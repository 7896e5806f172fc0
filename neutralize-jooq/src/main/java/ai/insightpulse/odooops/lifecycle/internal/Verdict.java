package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.TargetOutcome;

/** Whether a verification found the database neutralized. */
public final class Verdict {

    private Verdict() {
    }

    /** Whether every selected target of {@code result} holds: nothing pending, or skipped (absent table/column). */
    public static boolean neutralized(NeutralizationResult result) {
        return result.failure().isEmpty() && result.targets().stream().allMatch(t ->
                t.outcome() == TargetOutcome.NO_OP || t.outcome() == TargetOutcome.SKIPPED
                        || t.outcome() == TargetOutcome.NOT_SELECTED)
                && result.rules().stream().allMatch(r -> r.rows() == 0);
    }
}
