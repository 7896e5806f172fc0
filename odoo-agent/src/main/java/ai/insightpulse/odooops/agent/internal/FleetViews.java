package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.TargetResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Fleet mode's cached bodies. Each database's {@code /status?db=} document is rendered when its guard publishes;
 * the fleet's {@code /status}, {@code /metrics} and status page once per round (and after an apply), worst
 * database first. Requests only wrap bytes, as in sidecar mode.
 */
public final class FleetViews implements ServedViews {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Comparator<FleetMember> WORST_FIRST = Comparator
            .comparing(FleetMember::state).thenComparing(FleetMember::database);

    private final long refreshSeconds;
    private final List<String> patterns;
    private final int maxConnections;
    private final ConcurrentMap<String, Rendered> databases = new ConcurrentHashMap<>();
    private volatile Fleet current;

    /** One database's latest member and its status document. */
    private record Rendered(FleetMember member, byte[] status) {
    }

    /**
     * The fleet-wide bodies of one rendering.
     *
     * @param discovery what the last listing of {@code pg_database} found
     */
    private record Fleet(Discovery discovery, Map<String, Long> byState, byte[] status, byte[] metrics,
                         byte[] page) {
    }

    /**
     * The state of discovery at a rendering.
     *
     * @param database    where {@code pg_database} is read
     * @param checkedAt   when it was last read (empty before the first round)
     * @param lastSuccess when a listing last succeeded
     * @param error       why the last listing failed, one line
     * @param rounds      rounds run since start
     * @param roundDuration how long the last complete round took (listing and every check)
     * @param connectionsInUse the sessions open at the rendering
     * @param sessionsOpened the sessions opened since start
     */
    public record Discovery(String database, Optional<Instant> checkedAt, Optional<Instant> lastSuccess,
                            Optional<String> error, long rounds, Duration roundDuration, int connectionsInUse,
                            long sessionsOpened) {
    }

    /**
     * @param interval       the check interval, which is also the status page's refresh
     * @param patterns       the fleet's patterns, as configured
     * @param maxConnections the connection cap
     * @param discoveryDatabase where {@code pg_database} is read
     */
    public FleetViews(Duration interval, List<String> patterns, int maxConnections, String discoveryDatabase) {
        this.refreshSeconds = Math.max(1, interval.toSeconds());
        this.patterns = List.copyOf(patterns);
        this.maxConnections = maxConnections;
        render(new Discovery(discoveryDatabase, Optional.empty(), Optional.empty(),
                Optional.of("no round has run yet"), 0, Duration.ZERO, 0, 0));
    }

    /** A database joined the fleet (its guard's first snapshot, or an unmapped name). */
    public void joined(FleetMember member) {
        databases.put(member.database(), rendered(member));
    }

    /** A guard published: kept only while its database is still in the fleet (an apply may end after a drop). */
    public void published(StatusSnapshot snapshot) {
        databases.computeIfPresent(snapshot.database(), (name, old) -> rendered(FleetMember.checked(snapshot)));
    }

    /** A database left the fleet (dropped, renamed, or no longer connectable). */
    public void left(String database) {
        databases.remove(database);
    }

    /** The members now, worst first. */
    public List<FleetMember> members() {
        List<FleetMember> members = new ArrayList<>();
        databases.values().forEach(r -> members.add(r.member()));
        members.sort(WORST_FIRST);
        return members;
    }

    /** Renders the fleet-wide bodies from the members now. */
    public void render(Discovery discovery) {
        List<FleetMember> members = members();
        Map<String, Long> byState = new LinkedHashMap<>();
        for (FleetMember.State state : FleetMember.State.values()) {
            byState.put(state.wireName(), 0L);
        }
        members.forEach(m -> byState.merge(m.state().wireName(), 1L, Long::sum));
        ObjectNode status = fleetStatus(discovery, members, byState);
        List<StatusSnapshot> snapshots = members.stream().flatMap(m -> m.snapshot().stream())
                .sorted(Comparator.comparing(StatusSnapshot::database)).toList();
        String metrics = MetricsExposition.renderFleet(snapshots, byState, discovery.error().isEmpty()
                && discovery.lastSuccess().isPresent(), maxConnections, discovery.connectionsInUse(),
                discovery.roundDuration().toNanos() / 1e9, discovery.sessionsOpened());
        current = new Fleet(discovery, byState, JsonTrees.write(status),
                metrics.getBytes(StandardCharsets.UTF_8),
                FleetPage.render(members, discovery, refreshSeconds).getBytes(StandardCharsets.UTF_8));
    }

    /** The fleet's status document ({@code GET /status}, {@code neutralization.status} without a database). */
    public ObjectNode statusDocument() {
        Fleet f = current;
        return fleetStatus(f.discovery(), members(), f.byState());
    }

    private ObjectNode fleetStatus(Discovery discovery, List<FleetMember> members, Map<String, Long> byState) {
        ObjectNode o = JSON.objectNode();
        o.put("mode", "fleet");
        ArrayNode p = o.putArray("patterns");
        patterns.forEach(p::add);
        o.put("max_connections", maxConnections);
        ObjectNode d = o.putObject("discovery");
        d.put("database", discovery.database());
        d.put("up", discovery.error().isEmpty() && discovery.lastSuccess().isPresent());
        d.put("last_check", discovery.checkedAt().map(Instant::toString).orElse(null));
        d.put("last_success", discovery.lastSuccess().map(Instant::toString).orElse(null));
        d.put("error", discovery.error().orElse(null));
        d.put("rounds", discovery.rounds());
        d.put("round_duration_ms", discovery.roundDuration().toMillis());
        o.put("databases_total", members.size());
        ObjectNode states = o.putObject("databases_by_state");
        byState.forEach(states::put);
        ArrayNode list = o.putArray("databases");
        members.forEach(m -> list.add(document(m)));
        return o;
    }

    /** One database's document: the sidecar's {@code /status} plus its fleet state. */
    public static ObjectNode document(FleetMember m) {
        ObjectNode o = JSON.objectNode();
        o.put("db", m.database());
        o.put("state", m.state().wireName());
        if (m.snapshot().isPresent()) {
            ObjectNode status = StatusDocuments.status(m.snapshot().get());
            status.remove("db");
            o.setAll(status);
        } else {
            o.putNull("env");
            o.put("db_up", false);
            o.putNull("neutralized");
            o.put("error", m.unchecked().orElse(""));
            o.put("error_kind", "unmapped");
        }
        return o;
    }

    private static Rendered rendered(FleetMember m) {
        return new Rendered(m, JsonTrees.write(document(m)));
    }

    /** A database's document, if the fleet holds it. */
    public Optional<FleetMember> member(String database) {
        return Optional.ofNullable(databases.get(database)).map(Rendered::member);
    }

    @Override
    public byte[] page() {
        return current.page();
    }

    @Override
    public byte[] status() {
        return current.status();
    }

    @Override
    public Optional<byte[]> status(String database) {
        return Optional.ofNullable(databases.get(database)).map(Rendered::status);
    }

    @Override
    public byte[] metrics() {
        return current.metrics();
    }

    /**
     * Ready when the last listing of {@code pg_database} succeeded within {@code freshness} plus the last round's
     * duration (a round lists first, then checks every database: with many databases a round may outlast an
     * interval without anything being stale): the fleet agent then sees the server. A database that is not neutralized does not make the agent unready (restarting or
     * unrouting it would fix nothing); it is in {@code /status}, the metrics and the alerts.
     */
    @Override
    public StatusDocuments.Readiness readiness(Instant now, Duration freshness) {
        Fleet f = current;
        Discovery d = f.discovery();
        Duration allowed = freshness.plus(d.roundDuration());
        boolean fresh = d.error().isEmpty() && d.lastSuccess()
                .map(t -> Duration.between(t, now).compareTo(allowed) <= 0).orElse(false);
        ObjectNode body = JSON.objectNode();
        body.put("status", fresh ? "UP" : "DOWN");
        if (!fresh) {
            body.put("reason", d.error().map(e -> "the last listing of pg_database failed: " + e)
                    .orElse("no listing of pg_database within " + allowed.toMillis() + " ms"));
        }
        ObjectNode components = body.putObject("components");
        ObjectNode discovery = components.putObject("discovery");
        discovery.put("status", fresh ? "UP" : "DOWN");
        ObjectNode details = discovery.putObject("details");
        details.put("database", d.database());
        details.put("last_success", d.lastSuccess().map(Instant::toString).orElse(null));
        d.error().ifPresent(e -> details.put("error", e));
        ObjectNode dbs = components.putObject("databases");
        long bad = f.byState().entrySet().stream()
                .filter(e -> !e.getKey().equals(FleetMember.State.NEUTRALIZED.wireName())
                        && !e.getKey().equals(FleetMember.State.LIVE.wireName()))
                .mapToLong(Map.Entry::getValue).sum();
        dbs.put("status", bad == 0 ? "UP" : "DOWN");
        ObjectNode byState = dbs.putObject("details");
        f.byState().forEach(byState::put);
        return new StatusDocuments.Readiness(fresh, body);
    }

    /** Pending rows of a snapshot, summed over its targets. */
    static long pendingRows(StatusSnapshot s) {
        return s.result().map(r -> r.targets().stream().mapToLong(TargetResult::rows).sum()).orElse(0L);
    }
}
