package ai.insightpulse.odooops.neutralize;

import java.util.Objects;

/**
 * What one installed module's {@code data/neutralize.sql} did in a run.
 *
 * @param module     the module's technical name
 * @param outcome    {@code changed} (the file ran), {@code would_change} (a dry run: the file would run) or
 *                   {@code no_op} (this content already ran on this copy)
 * @param statements the file's statements (run, or that would run; 0 for {@code no_op})
 * @param rows       rows the statements reported changing (0 in a dry run: arbitrary SQL cannot be counted without
 *                   running it, and a dry run writes nothing)
 */
public record ModuleResult(String module, TargetOutcome outcome, int statements, long rows) {

    /** Checks invariants. */
    public ModuleResult {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(outcome, "outcome");
        if (statements < 0 || rows < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
