package ai.insightpulse.odooops.neutralize.jooq;

import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.Neutralizer;
import ai.insightpulse.odooops.neutralize.jooq.internal.ClassWarmup;
import ai.insightpulse.odooops.neutralize.jooq.internal.TransactionalRun;
import java.util.Objects;

/**
 * The engine: neutralizes an Odoo database with jOOQ-typed SQL in one transaction.
 *
 * <p>A run validates nothing itself (the {@link NeutralizeConfig} was validated when built), then: connects, takes
 * a transaction-scoped advisory lock under {@code lock_timeout}, probes the schema once (fail closed: Odoo's core
 * tables not found through the session's search path is a {@code not_odoo} error, a table the role may not use as
 * the run needs a {@code permission} error, never a run of skipped targets), counts or applies every
 * selected target, checks that nothing is left to change, and commits. Any failure rolls everything back and
 * comes back as a result with status {@code error}; this class never throws for database trouble.
 *
 * <pre>{@code
 * NeutralizeConfig config = NeutralizeConfig.builder()
 *         .environment(Environment.DEV)
 *         .database(new DatabaseEndpoint("localhost", 5432, "odoo", Secret.of(pw), "odoo_dev_alice"))
 *         .dryRun(true)
 *         .build();
 * NeutralizationResult result = JooqNeutralizer.create().neutralize(config);
 * }</pre>
 */
public final class JooqNeutralizer implements Neutralizer {

    private final ConnectionSource connections;

    private JooqNeutralizer(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /** An engine that opens one connection per run with the PostgreSQL driver. */
    public static JooqNeutralizer create() {
        return new JooqNeutralizer(ConnectionSource.driverManager());
    }

    /** An engine that takes its connections from {@code connections} (a pool, a test database). */
    public static JooqNeutralizer using(ConnectionSource connections) {
        return new JooqNeutralizer(connections);
    }

    /**
     * Does, once per JVM, what the first run would do before its first jOOQ statement: jOOQ's static initialization
     * (its data types), the engine's tables and targets and the JDK's time-zone and locale data (which the driver's
     * first connection needs), ~70 ms of a command-line run. Every run calls it after connecting and taking its
     * lock, so calling it is never needed; a process that starts a run soon after it starts (a command line, a
     * container entrypoint) can call it first thing on a thread of its own, so that this work overlaps its own
     * start-up and the run's connection.
     *
     * <p>jOOQ's static initialization must not run on two threads at once (two threads that meet its classes in
     * different orders can deadlock, jOOQ/jOOQ#19529). A call made while another is under way waits for it, and so
     * does a run; but until it returns, no other thread may use jOOQ except through this engine.
     */
    public static void prepare() {
        ClassWarmup.firstRunInitialization();
    }

    /**
     * Neutralizes (or, in dry-run, plans) the configured database. Prod is a no-op that does not connect.
     */
    @Override
    public NeutralizationResult neutralize(NeutralizeConfig config) {
        if (config.environment() == Environment.PROD) {
            return prodNoOp(config);
        }
        return new TransactionalRun(() -> connections.open(config), config,
                config.dryRun() ? TransactionalRun.Mode.PLAN : TransactionalRun.Mode.APPLY).execute();
    }

    /**
     * Reads, in a READ ONLY transaction, what a live run would change now, in any environment including prod.
     * This is how the agent checks a database; the result has {@code dry_run} true. The role needs to read the
     * tables, not to write them; a live run or a dry run also needs the privileges each target writes with.
     */
    public NeutralizationResult inspect(NeutralizeConfig config) {
        NeutralizeConfig readOnly = config.dryRun() ? config : config.toBuilder().dryRun(true).build();
        return new TransactionalRun(() -> connections.open(readOnly), readOnly, TransactionalRun.Mode.INSPECT).execute();
    }

    private static NeutralizationResult prodNoOp(NeutralizeConfig config) {
        return NeutralizationResult.prodNoOp(config.environment().ipaiName(), config.database().database(),
                config.dryRun());
    }
}
