package ai.insightpulse.odooops.training;

import ai.insightpulse.odooops.neutralize.jooq.internal.ClassWarmup;
import java.util.Map;

/**
 * A stand-in for an Odoo database, for the class-data-sharing <em>training</em> runs that launchers make at build
 * time, where there is no database: it speaks enough of PostgreSQL's wire protocol, on the loopback interface,
 * for the driver, a pool and the engine to go down the paths of a real run (connect, plan, apply, verify, commit).
 *
 * <p>It is not a database and must never stand in for one anywhere else: every query answers one row of NULLs,
 * the schema probe answers every column any target knows, every write reports one row changed.
 *
 * <p>Build-only (module {@code launcher-training}): no published artifact and no launcher jar holds it.
 *
 * <pre>{@code
 * try (TrainingDatabase db = TrainingDatabase.start()) {
 *     OdooOpsCli.run(new String[] {"neutralize"}, db.variables(), out, err);
 * }
 * }</pre>
 */
public final class TrainingDatabase implements AutoCloseable {

    /** The database name the stand-in answers to (a dev name, so that a live run is allowed). */
    public static final String DATABASE_NAME = "odoo_dev_training";

    private final PostgresStandIn standIn;

    private TrainingDatabase(PostgresStandIn standIn) {
        this.standIn = standIn;
    }

    /** Starts a stand-in on a free loopback port. */
    public static TrainingDatabase start() {
        return new TrainingDatabase(PostgresStandIn.start(ClassWarmup.everyColumn()));
    }

    /** Its port on 127.0.0.1. */
    public int port() {
        return standIn.port();
    }

    /**
     * The configuration variables of a confirmed dev run against it ({@code IPAI_ENV}, {@code DB_HOST},
     * {@code DB_PORT}, {@code DB_USER}, {@code DB_NAME}, {@code IPAI_NEUTRALIZE_CONFIRM}).
     */
    public Map<String, String> variables() {
        return Map.of("IPAI_ENV", "dev", "DB_HOST", "127.0.0.1", "DB_PORT", Integer.toString(port()),
                "DB_USER", "training", "DB_NAME", DATABASE_NAME, "IPAI_NEUTRALIZE_CONFIRM", "YES");
    }

    /** Stops listening; open sessions end with their clients. */
    @Override
    public void close() {
        standIn.close();
    }
}
