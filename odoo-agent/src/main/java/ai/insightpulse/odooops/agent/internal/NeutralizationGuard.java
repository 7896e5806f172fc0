package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.agent.AgentConfig;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the status fresh and the database neutralized. One scheduler thread checks the database at the interval
 * (fixed delay, so checks never overlap: single-flight) and publishes an immutable {@link StatusSnapshot}; every
 * request reads the published snapshot, so the database sees the same few queries per minute whatever the request
 * rate. Checks and applies share one lock, so the agent never runs two database jobs at once (and the pool of
 * two connections is never exhausted by itself).
 *
 * <p>Neutralized databases drift back (an automation rule or a module upgrade re-activates crons; editing an
 * incoming server in Odoo 17+ re-enables its fetch cron): outside prod, pending rows that appear after a clean
 * check are counted as drift and, with enforcement on, neutralized at once.
 */
public final class NeutralizationGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NeutralizationGuard.class);

    private final AgentConfig config;
    private final JooqNeutralizer engine;
    private final Optional<OdooProbe> probe;
    private ScheduledExecutorService scheduler;
    private final Optional<ExecutorService> probeExecutor;
    private final Consumer<StatusSnapshot> publisher;
    private final Clock clock;
    private final ReentrantLock databaseWork = new ReentrantLock();

    // written under `this`, read through the published snapshot
    private long checks;
    private long checkFailures;
    private long driftEvents;
    private long enforcements;
    private final Map<String, Long> applies = new TreeMap<>();
    private Optional<Instant> checkedAt = Optional.empty();
    private Optional<Instant> lastSuccessAt = Optional.empty();
    private Duration checkDuration = Duration.ZERO;
    private Optional<NeutralizationResult> result = Optional.empty();
    private Optional<String> error = Optional.of("no check has run yet");
    private Optional<Failure.Kind> errorKind = Optional.empty();
    private OdooStatus odoo;
    private boolean lastCheckClean;
    private boolean databaseReported = true;
    private boolean alarmRaised;

    private volatile StatusSnapshot current;
    private volatile boolean closing;

    /**
     * @param config    the agent configuration
     * @param engine    the engine, over the agent's pool
     * @param publisher receives every new snapshot (the rendered views)
     */
    public NeutralizationGuard(AgentConfig config, JooqNeutralizer engine, Consumer<StatusSnapshot> publisher) {
        this.config = config;
        this.engine = engine;
        this.publisher = publisher;
        this.clock = Clock.systemUTC();
        // threads only when used: a fleet holds one guard per database and drives them from its own few threads
        this.probeExecutor = config.odooUrl()
                .map(url -> Executors.newSingleThreadExecutor(named("odooops-agent-odoo-probe")));
        this.probe = config.odooUrl().map(url -> new OdooProbe(url, config.odooProbeTimeout(),
                probeExecutor.orElseThrow()));
        this.odoo = probe.isPresent() ? OdooStatus.PENDING : OdooStatus.NOT_CONFIGURED;
        publish();
    }

    /** Starts checking now and then at every interval, on a thread of its own (sidecar mode). */
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(named("odooops-agent-check"));
        scheduler.scheduleWithFixedDelay(this::checkSafely, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Checks once, now, on the caller's thread (fleet mode, whose rounds drive every database's guard); never
     * throws.
     */
    public void checkNow() {
        checkSafely();
    }

    /** The latest snapshot. */
    public StatusSnapshot snapshot() {
        return current;
    }

    /**
     * Neutralizes now with the live configuration and refreshes the status: from the run's own post-check when it
     * succeeded (it counted every target in the same transaction, just before committing), from a new inspection
     * when it failed. The caller has checked the token; prod is refused here as well, whatever the caller did.
     *
     * @return the engine's result (status {@code error} when the database failed; nothing was changed then)
     */
    public NeutralizationResult apply() {
        NeutralizeConfig live = config.application()
                .orElseThrow(() -> new IllegalStateException("the agent never writes to a prod database"));
        databaseWork.lock();
        try {
            long started = System.nanoTime();
            NeutralizationResult applied = engine.neutralize(live);
            String outcome = applied.status() == RunStatus.ERROR ? "error"
                    : applied.status() == RunStatus.OK ? "ok" : "no_op";
            synchronized (this) {
                applies.merge(outcome, 1L, Long::sum);
            }
            if (applied.status() == RunStatus.ERROR) {
                LOG.warn("neutralization.apply on {} failed ({}): {}", config.inspection().database().database(),
                        applied.failure().get().kind().wireName(), applied.failure().get().message());
            } else {
                LOG.info("neutralization.apply on {}: {} ({})", config.inspection().database().database(),
                        outcome, changes(applied));
            }
            if (applied.status() == RunStatus.ERROR) {
                inspectAndPublish(false);
            } else {
                record(applied.settled(), false, started);
            }
            return applied;
        } finally {
            databaseWork.unlock();
        }
    }

    /** Counts an apply that was refused before reaching the database ({@code unauthorized}, {@code forbidden}). */
    public void refused(String outcome) {
        synchronized (this) {
            applies.merge(outcome, 1L, Long::sum);
        }
        publish();
    }

    private void checkSafely() {
        if (closing) {
            return;
        }
        try {
            check();
        } catch (RuntimeException | Error e) {
            // a scheduled task that throws is never run again: keep the guard alive, report the check as failed
            LOG.error("status check failed unexpectedly: {}", e.toString());
            synchronized (this) {
                checks++;
                checkFailures++;
                result = Optional.empty();
                error = Optional.of("internal error in the check");
                errorKind = Optional.of(Failure.Kind.INTERNAL);
                checkedAt = Optional.of(clock.instant());
            }
            publish();
        }
    }

    private void check() {
        OdooStatus probed = probe.map(OdooProbe::probe).orElse(OdooStatus.NOT_CONFIGURED);
        synchronized (this) {
            odoo = probed;
        }
        databaseWork.lock();
        try {
            inspectAndPublish(true);
        } finally {
            databaseWork.unlock();
        }
    }

    /** Inspects, counts drift, enforces; called with {@link #databaseWork} held. */
    private void inspectAndPublish(boolean scheduled) {
        long started = System.nanoTime();
        NeutralizationResult inspected = engine.inspect(config.inspection());
        boolean prod = config.environment() == Environment.PROD;
        if (inspected.status() != RunStatus.ERROR && !prod && !inspected.neutralized()) {
            boolean drift;
            synchronized (this) {
                drift = scheduled && lastCheckClean;
                if (drift) {
                    driftEvents++;
                }
            }
            if (drift) {
                LOG.warn("drift on {}: {} pending after a clean check", config.inspection().database().database(),
                        changes(inspected));
            }
            if (config.enforce()) {
                inspected = enforce(inspected);
            }
        }
        record(inspected, scheduled, started);
    }

    /** Publishes what a check (or an apply) found; called with {@link #databaseWork} held. */
    private void record(NeutralizationResult inspected, boolean scheduled, long started) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Instant now = clock.instant();
        synchronized (this) {
            if (scheduled) {
                checks++;
            }
            checkedAt = Optional.of(now);
            checkDuration = took;
            if (inspected.status() == RunStatus.ERROR) {
                checkFailures += scheduled ? 1 : 0;
                result = Optional.empty();
                error = Optional.of(inspected.failure().get().kind().wireName() + ": "
                        + inspected.failure().get().message());
                errorKind = Optional.of(inspected.failure().get().kind());
            } else {
                result = Optional.of(inspected);
                error = Optional.empty();
                errorKind = Optional.empty();
                lastSuccessAt = Optional.of(now);
                lastCheckClean = inspected.neutralized();
            }
        }
        reportTransitions();
        publish();
    }

    private NeutralizationResult enforce(NeutralizationResult found) {
        NeutralizationResult applied = engine.neutralize(config.application().orElseThrow());
        if (applied.status() == RunStatus.ERROR) {
            LOG.error("enforcement on {} failed ({}): {}", config.inspection().database().database(),
                    applied.failure().get().kind().wireName(), applied.failure().get().message());
            return found;
        }
        synchronized (this) {
            enforcements++;
        }
        LOG.warn("enforcement re-neutralized {}: {}", config.inspection().database().database(), changes(applied));
        return applied.settled();
    }

    private void reportTransitions() {
        if (closing) {
            // a check cut short by shutdown is not an outage
            return;
        }
        StatusSnapshot s = build();
        boolean up = s.databaseUp();
        boolean alarm = s.prodLooksNeutralized();
        boolean logDown;
        boolean logUp;
        boolean logAlarm;
        synchronized (this) {
            logDown = !up && databaseReported;
            logUp = up && !databaseReported;
            databaseReported = up;
            logAlarm = alarm && !alarmRaised;
            alarmRaised = alarm;
        }
        if (logDown) {
            LOG.warn("database {} unavailable: {}", s.database(), s.error().orElse("unknown"));
        }
        if (logUp) {
            LOG.info("database {} reachable again", s.database());
        }
        if (logAlarm) {
            LOG.error("ALARM: prod database {} looks neutralized (database.is_neutralized set, no active real "
                    + "mail server): prod sends no mail, or a neutralized copy was restored over prod", s.database());
        }
    }

    private void publish() {
        StatusSnapshot s;
        synchronized (this) {
            s = build();
            current = s;
            publisher.accept(s);
        }
    }

    private synchronized StatusSnapshot build() {
        return new StatusSnapshot(config.environment(), config.inspection().database().database(), checkedAt,
                lastSuccessAt, checkDuration, result, error, errorKind, odoo,
                new StatusSnapshot.Counters(checks, checkFailures, driftEvents, enforcements, applies));
    }

    private static String changes(NeutralizationResult r) {
        String c = r.targets().stream().filter(t -> t.rows() > 0)
                .map(TargetResult::target).map(t -> t.id() + "=" + r.rows(t)).collect(Collectors.joining(" "));
        return c.isEmpty() ? "nothing to change" : c;
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops checking; waits briefly for a check in progress. */
    @Override
    public void close() {
        closing = true;
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
        }
        probeExecutor.ifPresent(ExecutorService::shutdownNow);
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            running.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
