package ai.insightpulse.odooops.neutralize;

/** The process exit codes of the contract (seed §8). */
public enum ExitCode {
    /** Success, no-op (already neutralized, or prod) or dry-run. */
    SUCCESS(0),
    /** Configuration or confirmation error: do not retry without fixing the cause. */
    CONFIG_ERROR(1),
    /** Database or runtime error: transient, may be retried. */
    RUNTIME_ERROR(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The numeric process exit code. */
    public int code() {
        return code;
    }
}
