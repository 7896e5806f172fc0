package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.lifecycle.internal.Verdict;
import ai.insightpulse.odooops.neutralize.ExitCode;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import java.util.Objects;

/**
 * What a {@link Verify} found.
 *
 * @param inspection the read-only inspection: per target, the rows still to neutralize; or the failure
 */
public record VerifyResult(NeutralizationResult inspection) {

    public VerifyResult {
        Objects.requireNonNull(inspection, "inspection");
    }

    /** Whether the check ran and every selected target holds (nothing pending, or skipped: table absent). */
    public boolean neutralized() {
        return Verdict.neutralized(inspection);
    }

    /** 0 neutralized, 3 not neutralized, the failure's code (1 or 2) when the check could not run. */
    public ExitCode exitCode() {
        if (inspection.failure().isPresent()) {
            return inspection.exitCode();
        }
        return neutralized() ? ExitCode.SUCCESS : ExitCode.NOT_NEUTRALIZED;
    }
}
