package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.ContractVersion;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.TargetResult;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The JSON documents of the agent ({@code /status}, {@code /readyz}, {@code agent.version}, the plan), built from
 * a snapshot. None of them carries a secret: the snapshot holds counts, names and one-line errors only.
 */
public final class StatusDocuments {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StatusDocuments() {
    }

    /** The neutralization status ({@code GET /status}, {@code neutralization.status}). */
    public static ObjectNode status(StatusSnapshot s) {
        ObjectNode o = JSON.objectNode();
        o.put("env", s.environment().ipaiName());
        o.put("db", s.database());
        Optional<NeutralizationResult> r = s.result();
        putOptional(o, "odoo_series", r.flatMap(NeutralizationResult::odooSeries)
                .or(() -> s.odoo().serverVersion()));
        o.put("db_up", s.databaseUp());
        putOptional(o, "neutralized", s.neutralized());
        o.put("prod_looks_neutralized", s.prodLooksNeutralized());
        putOptional(o, "active_real_mail_servers", s.pending(NeutralizationTarget.MAIL_SERVERS));
        putOptional(o, "active_non_allowlisted_crons", s.pending(NeutralizationTarget.CRONS));
        putOptional(o, "neutralized_flag", s.clear(NeutralizationTarget.NEUTRALIZED_FLAG));
        putOptional(o, "mail_sink_present", s.clear(NeutralizationTarget.MAIL_SINK));
        ObjectNode targets = o.putObject("targets");
        r.ifPresent(result -> {
            for (TargetResult t : result.targets()) {
                ObjectNode node = targets.putObject(t.target().id());
                node.put("outcome", t.outcome().wireName());
                node.put("pending", t.rows());
                t.reason().ifPresent(reason -> node.put("reason", reason));
            }
        });
        if (r.isPresent()) {
            // only a check that read the database can say what it did not cover: no list without one
            ObjectNode modules = o.putObject("modules");
            for (var m : r.get().modules()) {
                ObjectNode node = modules.putObject(m.module());
                node.put("status", m.outcome().wireName());
                node.put("statements", m.statements());
            }
            var uncovered = o.putArray("uncovered_modules");
            r.get().uncoveredModules().forEach(uncovered::add);
        }
        var unresolved = o.putArray("unresolved_allowlist");
        r.ifPresent(result -> result.unresolvedAllowlist().forEach(unresolved::add));
        putOptional(o, "last_check", s.checkedAt().map(Instant::toString));
        putOptional(o, "last_success", s.lastSuccessAt().map(Instant::toString));
        o.put("check_duration_ms", s.checkDuration().toMillis());
        putOptional(o, "error", s.error());
        putOptional(o, "error_kind", s.errorKind().map(k -> k.wireName()));
        StatusSnapshot.Counters c = s.counters();
        o.put("checks", c.checks());
        o.put("check_failures", c.checkFailures());
        o.put("drift_events", c.driftEvents());
        o.put("enforcements", c.enforcements());
        ObjectNode applies = o.putObject("applies");
        c.applies().forEach(applies::put);
        o.set("odoo", odoo(s.odoo()));
        return o;
    }

    /**
     * Readiness, Actuator-style. UP when a check reached the database within {@code freshness} of {@code now}
     * and, outside prod, the database is verified neutralized. Odoo's own state is reported but does not decide:
     * the sidecar is ready to answer about the database while Odoo restarts.
     */
    public static Readiness readiness(StatusSnapshot s, Instant now, Duration freshness) {
        ObjectNode components = JSON.objectNode();
        boolean fresh = s.databaseUp() && s.successAge(now).map(a -> a.compareTo(freshness) <= 0).orElse(false);
        ObjectNode db = components.putObject("db");
        db.put("status", fresh ? "UP" : "DOWN");
        ObjectNode dbDetails = db.putObject("details");
        dbDetails.put("database", s.database());
        putOptional(dbDetails, "last_success", s.lastSuccessAt().map(Instant::toString));
        if (!s.databaseUp()) {
            putOptional(dbDetails, "error", s.error());
            putOptional(dbDetails, "error_kind", s.errorKind().map(k -> k.wireName()));
        } else if (!fresh) {
            dbDetails.put("error", "no successful check within " + freshness.toMillis() + " ms");
        }

        ObjectNode neutralization = components.putObject("neutralization");
        boolean prod = !s.environment().requiresNeutralization();
        boolean neutralizedOk;
        String neutralizationStatus;
        if (prod) {
            neutralizedOk = true;
            neutralizationStatus = s.prodLooksNeutralized() ? "ALARM" : s.databaseUp() ? "LIVE" : "UNKNOWN";
        } else {
            neutralizedOk = s.neutralized().orElse(false);
            neutralizationStatus = s.neutralized().map(n -> n ? "UP" : "DOWN").orElse("UNKNOWN");
        }
        neutralization.put("status", neutralizationStatus);
        ObjectNode nDetails = neutralization.putObject("details");
        nDetails.put("env", s.environment().ipaiName());
        putOptional(nDetails, "neutralized", s.neutralized());
        nDetails.put("drift_events", s.counters().driftEvents());
        if (prod) {
            nDetails.put("prod_looks_neutralized", s.prodLooksNeutralized());
        }

        ObjectNode odoo = components.putObject("odoo");
        odoo.put("status", !s.odoo().configured() ? "UNKNOWN" : s.odoo().up() ? "UP" : "DOWN");
        odoo.set("details", odoo(s.odoo()));

        boolean up = fresh && neutralizedOk;
        ObjectNode body = JSON.objectNode();
        body.put("status", up ? "UP" : "DOWN");
        if (!up) {
            body.put("reason", notReadyBecause(s, fresh, freshness));
        }
        body.set("components", components);
        return new Readiness(up, body);
    }

    /** Why the agent is not ready, one line: the first of the database, then neutralization, that is not UP. */
    private static String notReadyBecause(StatusSnapshot s, boolean fresh, Duration freshness) {
        if (s.odooTablesUnseen()) {
            return "Odoo's tables are not seen as Odoo's own connection would see them, so nothing is called "
                    + "neutralized: " + s.error().orElse("");
        }
        if (!s.databaseUp()) {
            return "the last check did not reach the database: " + s.error().orElse("no check has run yet");
        }
        if (!fresh) {
            return "no successful check within " + freshness.toMillis() + " ms";
        }
        long pending = s.result().map(r -> r.targets().stream().mapToLong(TargetResult::rows).sum()).orElse(0L);
        return "not neutralized: " + pending + " row(s) pending";
    }

    /** Readiness as a verdict and its body. */
    public record Readiness(boolean up, ObjectNode body) {
    }

    /** The dry-run plan from the last check: the contract's summary object of that inspection. */
    public static Optional<ObjectNode> plan(StatusSnapshot s) {
        return s.result().map(r -> {
            ObjectNode plan = SummaryLine.toJson(r);
            plan.put("checked_at", s.checkedAt().map(Instant::toString).orElse(null));
            return plan;
        });
    }

    /** What {@code agent.version} answers. */
    public static ObjectNode version(StatusSnapshot s) {
        ObjectNode o = JSON.objectNode();
        o.put("agent_version", BuildInfo.VERSION);
        o.put("contract_version", ContractVersion.VALUE);
        putOptional(o, "odoo_series", s.result().flatMap(NeutralizationResult::odooSeries));
        putOptional(o, "odoo_server_version", s.odoo().serverVersion());
        return o;
    }

    private static ObjectNode odoo(OdooStatus odoo) {
        ObjectNode o = JSON.objectNode();
        o.put("configured", odoo.configured());
        o.put("up", odoo.up());
        putOptional(o, "server_version", odoo.serverVersion());
        o.put("jsonrpc", odoo.jsonRpc());
        putOptional(o, "error", odoo.error());
        return o;
    }

    private static void putOptional(ObjectNode o, String key, Optional<?> value) {
        if (value.isEmpty()) {
            o.putNull(key);
        } else if (value.get() instanceof Boolean b) {
            o.put(key, b);
        } else if (value.get() instanceof Long n) {
            o.put(key, n);
        } else {
            o.put(key, value.get().toString());
        }
    }
}
