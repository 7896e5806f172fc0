package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.Failure;
import java.util.Objects;

/**
 * A lifecycle operation that stopped: its {@link Failure} says why (one line, no secret) and, through its kind,
 * which exit code a command line maps it to.
 */
public final class LifecycleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    /** Stops with {@code failure}. */
    public LifecycleException(Failure failure) {
        super(Objects.requireNonNull(failure, "failure").message(), null, false, false);
        this.failure = failure;
    }

    /** Why it stopped. */
    public Failure failure() {
        return failure;
    }
}
