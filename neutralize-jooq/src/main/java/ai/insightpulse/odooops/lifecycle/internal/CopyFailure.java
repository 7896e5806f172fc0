package ai.insightpulse.odooops.lifecycle.internal;

import ai.insightpulse.odooops.neutralize.Failure;

/** Stops a copy run with a {@link Failure} (its kind decides the exit code); the message is one line, no secret. */
final class CopyFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    CopyFailure(Failure failure) {
        super(failure.message(), null, false, false);
        this.failure = failure;
    }

    CopyFailure(Failure.Kind kind, String message) {
        this(new Failure(kind, message));
    }

    Failure failure() {
        return failure;
    }
}
