package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.ContractVersion;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.TargetOutcome;
import ai.insightpulse.odooops.neutralize.TargetResult;
import java.util.Locale;
import java.util.Map;

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

    private MetricsExposition() {
    }

    /** Renders every metric of {@code s}. */
    public static String render(StatusSnapshot s) {
        MetricsExposition m = new MetricsExposition();
        m.write(s);
        return m.out.toString();
    }

    private void write(StatusSnapshot s) {
        String env = s.environment().ipaiName();
        family("odooops_agent_build_info", "gauge", "Build of the running agent; always 1.");
        sample("odooops_agent_build_info", Map.of("version", BuildInfo.VERSION,
                "contract_version", ContractVersion.VALUE), 1);
        family("odooops_database_info", "gauge", "The Odoo database the agent watches; always 1.");
        sample("odooops_database_info", Map.of("env", env, "db", s.database(), "odoo_series",
                s.result().flatMap(NeutralizationResult::odooSeries).orElse("unknown")), 1);

        family("odooops_db_up", "gauge", "1 when the last check reached the Odoo database, else 0.");
        sample("odooops_db_up", Map.of(), s.databaseUp() ? 1 : 0);
        family("odooops_check_error", "gauge", "1 for the kind of failure of the last check (not_odoo and "
                + "permission: Odoo's tables not seen as Odoo's own connection would), 0 for the others.");
        for (Failure.Kind kind : Failure.Kind.values()) {
            if (kind != Failure.Kind.CONFIG) {
                sample("odooops_check_error", Map.of("kind", kind.wireName()),
                        s.errorKind().filter(k -> k == kind).isPresent() ? 1 : 0);
            }
        }
        if (s.neutralized().isPresent()) {
            family("odooops_neutralized", "gauge",
                    "1 when no selected target had pending rows at the last check, else 0.");
            sample("odooops_neutralized", Map.of("env", env), s.neutralized().get() ? 1 : 0);
        }
        family("odooops_prod_looks_neutralized", "gauge",
                "1 when a prod database looks neutralized (flag set, no active real mail server): an alarm.");
        sample("odooops_prod_looks_neutralized", Map.of("env", env), s.prodLooksNeutralized() ? 1 : 0);
        if (s.result().isPresent()) {
            family("odooops_pending_rows", "gauge", "Rows a neutralization would change now, per target.");
            for (TargetResult t : s.result().get().targets()) {
                if (t.outcome() != TargetOutcome.SKIPPED && t.outcome() != TargetOutcome.NOT_SELECTED) {
                    sample("odooops_pending_rows", Map.of("target", t.target().id()), t.rows());
                }
            }
        }
        if (s.result().isPresent()) {
            family("odooops_uncovered_modules", "gauge", "Installed modules owning credential-, URL- or host-shaped"
                    + " data that no built-in target, module neutralize.sql or declared rule covers.");
            sample("odooops_uncovered_modules", Map.of("env", env), s.result().get().uncoveredModules().size());
        }
        if (s.odoo().configured()) {
            family("odooops_odoo_up", "gauge", "1 when Odoo's /web/health answered 2xx at the last probe, else 0.");
            sample("odooops_odoo_up", Map.of(), s.odoo().up() ? 1 : 0);
        }
        family("odooops_check_duration_seconds", "gauge", "Wall time of the last check.");
        sample("odooops_check_duration_seconds", Map.of(), s.checkDuration().toNanos() / 1e9);
        if (s.lastSuccessAt().isPresent()) {
            family("odooops_last_success_timestamp_seconds", "gauge",
                    "Unix time of the last check that reached the database.");
            sample("odooops_last_success_timestamp_seconds", Map.of(),
                    s.lastSuccessAt().get().toEpochMilli() / 1000.0);
        }
        StatusSnapshot.Counters c = s.counters();
        family("odooops_checks_total", "counter", "Checks run since the agent started.");
        sample("odooops_checks_total", Map.of(), c.checks());
        family("odooops_check_failures_total", "counter", "Checks that did not reach the database.");
        sample("odooops_check_failures_total", Map.of(), c.checkFailures());
        family("odooops_drift_events_total", "counter",
                "Checks that found pending rows after a clean check (outside prod).");
        sample("odooops_drift_events_total", Map.of(), c.driftEvents());
        family("odooops_enforcements_total", "counter", "Re-neutralizations done by enforcement.");
        sample("odooops_enforcements_total", Map.of(), c.enforcements());
        family("odooops_applies_total", "counter", "neutralization.apply calls, by outcome.");
        for (String outcome : new String[] {"ok", "no_op", "error", "unauthorized", "forbidden"}) {
            sample("odooops_applies_total", Map.of("outcome", outcome), c.applies().getOrDefault(outcome, 0L));
        }
    }

    private void family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ')
                .append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(String name, Map<String, String> labels, double value) {
        out.append(name);
        if (!labels.isEmpty()) {
            out.append('{');
            boolean first = true;
            for (String key : labels.keySet().stream().sorted().toList()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(key).append("=\"").append(escape(labels.get(key))).append('"');
            }
            out.append('}');
        }
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
