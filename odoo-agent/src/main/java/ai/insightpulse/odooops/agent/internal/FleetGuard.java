package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.agent.AgentConfig;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fleet mode: one agent for every database of a server whose name matches the patterns. At every interval a round
 * lists {@code pg_database} (databases created or dropped since the last round join or leave the fleet), then runs
 * each database's check, at most {@code max-connections} at once on as many threads, each check taking a connection
 * of {@link FleetConnections} for its one READ ONLY transaction (and, under enforcement, one more run for a drifted
 * database only). Each database has its own {@link NeutralizationGuard} (the sidecar's, without a thread of its
 * own), so drift, enforcement, counters and the prod alarm work per database exactly as in sidecar mode; its
 * environment is the one ENV_DB_MAP gives its name, so a prod database is only read.
 */
public final class FleetGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetGuard.class);

    private final AgentConfig config;
    private final FleetConnections connections;
    private final String discoveryDatabase;
    private final DatabasePatterns patterns;
    private final JooqNeutralizer engine;
    private final FleetViews views;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, NeutralizationGuard> guards = new ConcurrentHashMap<>();
    private final Set<String> unmapped = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler;
    private final ExecutorService checkers;

    // written by the round thread only
    private volatile Optional<Instant> listedAt = Optional.empty();
    private volatile Optional<Instant> listedOkAt = Optional.empty();
    private volatile Optional<String> listingError = Optional.of("no round has run yet");
    private volatile long rounds;
    private volatile Duration roundDuration = Duration.ZERO;
    private volatile boolean closing;

    /**
     * @param config      the agent's configuration in fleet mode
     * @param connections the capped connections
     * @param views       where every snapshot and rendering goes
     */
    public FleetGuard(AgentConfig config, FleetConnections connections, FleetViews views) {
        AgentConfig.Fleet fleet = config.fleet().orElseThrow(() -> new IllegalArgumentException("not fleet mode"));
        this.config = config;
        this.connections = connections;
        this.views = views;
        this.discoveryDatabase = fleet.discoveryDatabase();
        this.patterns = new DatabasePatterns(fleet.patterns());
        this.engine = JooqNeutralizer.using(connections.source());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(named("odooops-fleet-round"));
        this.checkers = Executors.newFixedThreadPool(fleet.maxConnections(), named("odooops-fleet-check"));
    }

    /** Starts the rounds: now, then at every interval after the previous one ended. */
    public void start() {
        scheduler.scheduleWithFixedDelay(this::roundSafely, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The guard of a database of the fleet, if the fleet checks it. */
    public Optional<NeutralizationGuard> guard(String database) {
        return Optional.ofNullable(guards.get(database));
    }

    /** Whether the fleet holds {@code database} but does not check it (its name follows no environment). */
    public boolean isUnmapped(String database) {
        return unmapped.contains(database);
    }

    /** The views. */
    public FleetViews views() {
        return views;
    }

    /**
     * Neutralizes {@code guard}'s database now (the caller checked the token and the environment) and re-renders
     * the fleet's bodies.
     */
    public NeutralizationResult apply(NeutralizationGuard guard) {
        NeutralizationResult r = guard.apply();
        render();
        return r;
    }

    /** Re-renders the fleet's bodies after an apply was refused (its counter changed). */
    public void refused(NeutralizationGuard guard, String outcome) {
        guard.refused(outcome);
        render();
    }

    private void roundSafely() {
        if (closing) {
            return;
        }
        try {
            round();
        } catch (RuntimeException | Error e) {
            LOG.error("fleet round failed unexpectedly: {}", e.toString());
        }
    }

    private void round() {
        Instant now = clock.instant();
        List<String> names;
        FleetConnections.Listing listing = connections.listDatabases(discoveryDatabase);
        if (listing.error().isEmpty()) {
            names = listing.names().stream().filter(patterns::matches).toList();
            if (listingError.isPresent() && listedOkAt.isPresent()) {
                LOG.info("listing pg_database on {} works again", discoveryDatabase);
            }
            listingError = Optional.empty();
            listedOkAt = Optional.of(now);
        } else {
            if (listingError.isEmpty() || listedOkAt.isEmpty()) {
                LOG.warn("cannot list pg_database on {}: {}", discoveryDatabase, listing.error().get());
            }
            listingError = listing.error();
            // fail closed: the databases known keep being checked (and reported down if the server is)
            names = new ArrayList<>(guards.keySet());
            names.addAll(unmapped);
        }
        listedAt = Optional.of(now);
        reconcile(names);
        List<Callable<Void>> checks = new ArrayList<>();
        for (NeutralizationGuard g : guards.values()) {
            checks.add(() -> {
                if (!closing) {
                    g.checkNow();
                }
                return null;
            });
        }
        try {
            checkers.invokeAll(checks);
        } catch (InterruptedException | RejectedExecutionException e) {
            // shutting down
            return;
        }
        rounds++;
        roundDuration = Duration.between(now, clock.instant());
        render();
    }

    /** Joins the databases new since the last round, and lets go of those gone. */
    private void reconcile(List<String> names) {
        Set<String> present = new HashSet<>(names);
        for (String gone : new ArrayList<>(guards.keySet())) {
            if (!present.contains(gone)) {
                NeutralizationGuard g = guards.remove(gone);
                g.close();
                views.left(gone);
                LOG.info("database {} left the fleet", gone);
            }
        }
        for (String gone : new ArrayList<>(unmapped)) {
            if (!present.contains(gone)) {
                unmapped.remove(gone);
                views.left(gone);
            }
        }
        for (String name : names) {
            if (guards.containsKey(name) || unmapped.contains(name)) {
                continue;
            }
            Optional<AgentConfig> own = config.forDatabase(name);
            if (own.isEmpty()) {
                unmapped.add(name);
                views.joined(FleetMember.unmapped(name));
                LOG.warn("database {} matches {} but follows no ENV_DB_MAP environment: reported, not checked",
                        name, AgentConfig.DATABASES);
                continue;
            }
            NeutralizationGuard g = new NeutralizationGuard(own.get(), engine, views::published);
            views.joined(FleetMember.checked(g.snapshot()));
            guards.put(name, g);
            LOG.info("database {} joined the fleet as {}", name, own.get().environment().ipaiName());
        }
    }

    private synchronized void render() {
        views.render(new FleetViews.Discovery(discoveryDatabase, listedAt, listedOkAt, listingError,
                rounds, roundDuration, connections.inUse(), connections.opened()));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops the rounds; waits briefly for one in progress. */
    @Override
    public void close() {
        closing = true;
        scheduler.shutdownNow();
        checkers.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            checkers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        guards.values().forEach(NeutralizationGuard::close);
    }
}
