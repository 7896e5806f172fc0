package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.Failure;

/**
 * The run cannot use Odoo's tables as Odoo's own connection would ({@link Failure.Kind#NOT_ODOO},
 * {@link Failure.Kind#PERMISSION}); thrown before any statement runs, so nothing was changed.
 */
final class UnusableDatabase extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    UnusableDatabase(Failure.Kind kind, String message) {
        super(message, null, false, false);
        this.failure = new Failure(kind, message);
    }

    /** The failure the run reports. */
    Failure failure() {
        return failure;
    }
}
