package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.ContractVersion;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.TargetResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Prometheus text exposition (format 0.0.4) of a snapshot. Written by hand on purpose: the agent exposes a
 * dozen values that change only when a check ends, and renders them once per check into a byte array that every
 * scrape reuses; a metrics registry would add a dependency and per-scrape work for nothing. The tests check the
 * output with {@code promtool check metrics}.
 */
public final class MetricsExposition {

    /** The content type of the text format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(2048);
    private boolean fleet;

    private MetricsExposition() {
    }

    /** Renders every metric of {@code s} (sidecar mode: the samples carry no {@code db} label). */
    public static String render(StatusSnapshot s) {
        MetricsExposition m = new MetricsExposition();
        m.write(List.of(s), false);
        return m.out.toString();
    }

    /**
     * Fleet mode: every metric of every database's snapshot, each sample labelled with its {@code db}, then the
     * fleet's own gauges.
     *
     * @param snapshots      the checked databases' snapshots
     * @param databasesByState how many databases the fleet holds in each state (including those never checked)
     * @param discoveryUp    whether the last listing of {@code pg_database} succeeded
     * @param maxConnections the connection cap
     * @param connectionsInUse sessions open now
     * @param roundSeconds   how long the last round took
     * @param sessionsOpened sessions opened since start
     */
    public static String renderFleet(List<StatusSnapshot> snapshots, Map<String, Long> databasesByState,
                                     boolean discoveryUp, int maxConnections, int connectionsInUse,
                                     double roundSeconds, long sessionsOpened) {
        MetricsExposition m = new MetricsExposition();
        m.write(snapshots, true);
        m.family("odooops_fleet_discovery_up", "gauge",
                "1 when the last listing of pg_database succeeded, else 0.");
        m.sample("odooops_fleet_discovery_up", Map.of(), discoveryUp ? 1 : 0);
        m.family("odooops_fleet_databases", "gauge", "Databases matching the fleet's patterns, by state.");
        databasesByState.forEach((state, n) -> m.sample("odooops_fleet_databases", Map.of("state", state), n));
        m.family("odooops_fleet_connections_max", "gauge", "The most connections the agent holds at once.");
        m.sample("odooops_fleet_connections_max", Map.of(), maxConnections);
        m.family("odooops_fleet_connections_in_use", "gauge", "Connections the agent held when this was rendered.");
        m.sample("odooops_fleet_connections_in_use", Map.of(), connectionsInUse);
        m.family("odooops_fleet_round_duration_seconds", "gauge",
                "Wall time of the last round: the listing of pg_database and every database's check.");
        m.sample("odooops_fleet_round_duration_seconds", Map.of(), roundSeconds);
        m.family("odooops_fleet_sessions_opened_total", "counter",
                "Database sessions opened since start: one per check and per listing of pg_database.");
        m.sample("odooops_fleet_sessions_opened_total", Map.of(), sessionsOpened);
        return m.out.toString();
    }

    private void write(List<StatusSnapshot> all, boolean fleet) {
        this.fleet = fleet;
        family("odooops_agent_build_info", "gauge", "Build of the running agent; always 1.");
        sample("odooops_agent_build_info", Map.of("version", BuildInfo.VERSION,
                "contract_version", ContractVersion.VALUE), 1);
        family("odooops_database_info", "gauge", "The Odoo database the agent watches; always 1.");
        for (StatusSnapshot s : all) {
            String env = s.environment().ipaiName();
            out.append("odooops_database_info");
            labels(Map.of("env", env, "db", s.database(), "odoo_series",
                    s.result().flatMap(NeutralizationResult::odooSeries).orElse("unknown")), null);
            value(1);
        }

        family("odooops_db_up", "gauge", "1 when the last check reached the Odoo database, else 0.");
        each(all, s -> sample(s, "odooops_db_up", Map.of(), s.databaseUp() ? 1 : 0));
        family("odooops_check_error", "gauge", "1 for the kind of failure of the last check (not_odoo and "
                + "permission: Odoo's tables not seen as Odoo's own connection would), 0 for the others.");
        each(all, s -> {
            for (Failure.Kind kind : Failure.Kind.values()) {
                if (kind != Failure.Kind.CONFIG) {
                    sample(s, "odooops_check_error", Map.of("kind", kind.wireName()),
                            s.errorKind().filter(k -> k == kind).isPresent() ? 1 : 0);
                }
            }
        });
        if (all.stream().anyMatch(s -> s.neutralized().isPresent())) {
            family("odooops_neutralized", "gauge",
                    "1 when no selected target had pending rows at the last check, else 0.");
            each(all, s -> s.neutralized().ifPresent(n ->
                    sample(s, "odooops_neutralized", Map.of("env", s.environment().ipaiName()), n ? 1 : 0)));
        }
        family("odooops_prod_looks_neutralized", "gauge",
                "1 when a prod database looks neutralized (flag set, no active real mail server): an alarm.");
        each(all, s -> sample(s, "odooops_prod_looks_neutralized", Map.of("env", s.environment().ipaiName()),
                s.prodLooksNeutralized() ? 1 : 0));
        if (all.stream().anyMatch(s -> s.result().isPresent())) {
            family("odooops_pending_rows", "gauge", "Rows a neutralization would change now, per target.");
            each(all, s -> s.result().ifPresent(r -> {
                for (TargetResult t : r.targets()) {
                    if (t.outcome() != TargetOutcome.SKIPPED && t.outcome() != TargetOutcome.NOT_SELECTED) {
                        sample(s, "odooops_pending_rows", Map.of("target", t.target().id()), t.rows());
                    }
                }
            }));
        }
        if (all.stream().anyMatch(s -> s.result().isPresent())) {
            family("odooops_uncovered_modules", "gauge", "Installed modules owning credential-, URL- or host-shaped"
                    + " data that no built-in target, module neutralize.sql or declared rule covers.");
            each(all, s -> s.result().ifPresent(r -> sample(s, "odooops_uncovered_modules",
                    Map.of("env", s.environment().ipaiName()), r.uncoveredModules().size())));
        }
        if (all.stream().anyMatch(s -> s.odoo().configured())) {
            family("odooops_odoo_up", "gauge", "1 when Odoo's /web/health answered 2xx at the last probe, else 0.");
            each(all, s -> {
                if (s.odoo().configured()) {
                    sample(s, "odooops_odoo_up", Map.of(), s.odoo().up() ? 1 : 0);
                }
            });
        }
        family("odooops_check_duration_seconds", "gauge", "Wall time of the last check.");
        each(all, s -> sample(s, "odooops_check_duration_seconds", Map.of(), s.checkDuration().toNanos() / 1e9));
        if (all.stream().anyMatch(s -> s.lastSuccessAt().isPresent())) {
            family("odooops_last_success_timestamp_seconds", "gauge",
                    "Unix time of the last check that reached the database.");
            each(all, s -> s.lastSuccessAt().ifPresent(t ->
                    sample(s, "odooops_last_success_timestamp_seconds", Map.of(), t.toEpochMilli() / 1000.0)));
        }
        family("odooops_checks_total", "counter", "Checks run since the agent started.");
        each(all, s -> sample(s, "odooops_checks_total", Map.of(), s.counters().checks()));
        family("odooops_check_failures_total", "counter", "Checks that did not reach the database.");
        each(all, s -> sample(s, "odooops_check_failures_total", Map.of(), s.counters().checkFailures()));
        family("odooops_drift_events_total", "counter",
                "Checks that found pending rows after a clean check (outside prod).");
        each(all, s -> sample(s, "odooops_drift_events_total", Map.of(), s.counters().driftEvents()));
        family("odooops_enforcements_total", "counter", "Re-neutralizations done by enforcement.");
        each(all, s -> sample(s, "odooops_enforcements_total", Map.of(), s.counters().enforcements()));
        family("odooops_applies_total", "counter", "neutralization.apply calls, by outcome.");
        each(all, s -> {
            for (String outcome : new String[] {"ok", "no_op", "error", "unauthorized", "forbidden"}) {
                sample(s, "odooops_applies_total", Map.of("outcome", outcome),
                        s.counters().applies().getOrDefault(outcome, 0L));
            }
        });
    }

    private static void each(List<StatusSnapshot> all, Consumer<StatusSnapshot> writer) {
        all.forEach(writer);
    }

    /** A sample of {@code s}'s database: labelled with its {@code db} in fleet mode. */
    private void sample(StatusSnapshot s, String name, Map<String, String> labels, double value) {
        out.append(name);
        labels(labels, fleet ? s.database() : null);
        value(value);
    }

    private void family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ')
                .append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(String name, Map<String, String> labels, double value) {
        out.append(name);
        labels(labels, null);
        value(value);
    }

    private void labels(Map<String, String> labels, String db) {
        if (labels.isEmpty() && db == null) {
            return;
        }
        TreeMap<String, String> sorted = new TreeMap<>(labels);
        if (db != null) {
            sorted.put("db", db);
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> label : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(label.getKey()).append("=\"").append(escape(label.getValue())).append('"');
        }
        out.append('}');
    }

    private void value(double value) {
        out.append(' ');
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(String.format(Locale.ROOT, "%.6f", value));
        }
        out.append('\n');
    }

    private static String escape(String labelValue) {
        return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
