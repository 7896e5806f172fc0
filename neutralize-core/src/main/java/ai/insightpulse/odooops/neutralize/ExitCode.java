package ai.insightpulse.odooops.neutralize;

/** The process exit codes of the contract (seed §8, plus 3 for {@code verify}). */
public enum ExitCode {
    /** Success, no-op (already neutralized, or prod) or dry-run. */
    SUCCESS(0),
    /** Configuration or confirmation error: do not retry without fixing the cause. */
    CONFIG_ERROR(1),
    /** Database or runtime error: transient, may be retried. */
    RUNTIME_ERROR(2),
    /**
     * {@code verify} only: the database answered and is not neutralized (some selected target has rows pending).
     * Distinct from 2 so that a gate or a boot hook can tell "not safe" from "could not find out".
     */
    NOT_NEUTRALIZED(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The numeric process exit code. */
    public int code() {
        return code;
    }
}
