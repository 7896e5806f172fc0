package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.ExitCode;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import java.util.Objects;

/**
 * What a {@link Verify} found.
 *
 * @param inspection      the read-only inspection: per target, the rows still to neutralize; or the failure
 * @param requireCoverage whether installed modules that nothing covers ({@code uncovered_modules}) make the
 *                        database "not neutralized" too
 */
public record VerifyResult(NeutralizationResult inspection, boolean requireCoverage) {

    /** Checks invariants. */
    public VerifyResult {
        Objects.requireNonNull(inspection, "inspection");
    }

    /** A verification without required coverage. */
    public VerifyResult(NeutralizationResult inspection) {
        this(inspection, false);
    }

    /**
     * Whether the check ran and found the database neutralized ({@link NeutralizationResult#neutralized()}) and, with
     * coverage required, no installed module left uncovered.
     */
    public boolean neutralized() {
        return inspection.neutralized() && !uncoveredFails();
    }

    /** Whether coverage is required and some installed module is uncovered. */
    public boolean uncoveredFails() {
        return requireCoverage && !inspection.uncoveredModules().isEmpty();
    }

    /** 0 neutralized, 3 not neutralized, the failure's code (1 or 2) when the check could not run. */
    public ExitCode exitCode() {
        if (inspection.failure().isPresent()) {
            return inspection.exitCode();
        }
        return neutralized() ? ExitCode.SUCCESS : ExitCode.NOT_NEUTRALIZED;
    }
}
