package ai.insightpulse.odooops.neutralize.jooq.internal.modules;

import ai.insightpulse.odooops.neutralize.Failure;

/**
 * A module file could not be read or split, one of its statements failed, or coverage was required and is
 * missing: the run fails with this failure and rolls back. Messages name module, file and statement number, never
 * a value.
 */
public final class ModuleFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    /** A failure of {@code kind}. */
    public ModuleFailure(Failure.Kind kind, String message) {
        super(message, null, false, false);
        this.failure = new Failure(kind, message);
    }

    /** The failure the run reports. */
    public Failure failure() {
        return failure;
    }
}
