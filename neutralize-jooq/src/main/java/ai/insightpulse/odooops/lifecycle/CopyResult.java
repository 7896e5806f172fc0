package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.ExitCode;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Clone} or a {@link Restore} did.
 *
 * @param neutralization the neutralization of the copy, reported under the target name; on failure an error result
 *                       carrying the {@link Failure} (the copy was dropped and the target left as it was)
 */
public record CopyResult(NeutralizationResult neutralization) {

    public CopyResult {
        Objects.requireNonNull(neutralization, "neutralization");
    }

    /** Whether the copy was published under the target name, neutralized and verified. */
    public boolean published() {
        return neutralization.failure().isEmpty();
    }

    /** Why the run failed, if it did. */
    public Optional<Failure> failure() {
        return neutralization.failure();
    }

    /** The contract's exit code: 0 published, 1 configuration error, 2 database or copy error. */
    public ExitCode exitCode() {
        return neutralization.exitCode();
    }
}
