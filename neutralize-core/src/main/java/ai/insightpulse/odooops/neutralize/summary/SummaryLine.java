package ai.insightpulse.odooops.neutralize.summary;

import ai.insightpulse.odooops.neutralize.ContractVersion;
import ai.insightpulse.odooops.neutralize.ModuleResult;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.RuleResult;
import ai.insightpulse.odooops.neutralize.TargetResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one line every run prints on stdout:
 * {@code NEUTRALIZE_SUMMARY: {"env":…,"db":…,"dry_run":…,"mail_servers_changed":…,"crons_changed":…,
 * "already_neutralized":…,"status":…, …extras}}. The seven keys of the seeds come first, in the seeds' order;
 * extras follow: {@code contract_version}, {@code odoo_series}, {@code targets}, {@code rules} (only when rules were declared), {@code modules} (only when a module file
 * ran or would run or was already run), {@code uncovered_modules} (when the run read the database), {@code unresolved_allowlist},
 * {@code duration_ms} and, on failure, {@code error}.
 */
public final class SummaryLine {

    /** The prefix CI greps for. */
    public static final String PREFIX = "NEUTRALIZE_SUMMARY: ";

    private SummaryLine() {
    }

    /** The whole line, prefix included, without a line break. */
    public static String render(NeutralizationResult result) {
        return PREFIX + text(toJson(result));
    }

    /**
     * {@code tree} as compact JSON text, exactly as a default {@code ObjectMapper} writes it, but through Jackson's
     * streaming generator only: a mapper's serializer machinery is some 300 classes a one-shot CLI run would load,
     * link and initialise for this one line.
     */
    public static String text(JsonNode tree) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = Generators.FACTORY.createGenerator(out)) {
            JsonTreeWriter.write(tree, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The JSON object of the line, keys in contract order. */
    public static ObjectNode toJson(NeutralizationResult result) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("env", result.environment().orElse(null));
        o.put("db", result.database().orElse(null));
        o.put("dry_run", result.dryRun());
        o.put("mail_servers_changed", result.mailServersChanged());
        o.put("crons_changed", result.cronsChanged());
        o.put("already_neutralized", result.alreadyNeutralized());
        o.put("status", result.status().wireName());
        o.put("contract_version", ContractVersion.VALUE);
        o.put("odoo_series", result.odooSeries().orElse(null));
        ObjectNode targets = o.putObject("targets");
        for (TargetResult t : result.targets()) {
            ObjectNode node = targets.putObject(t.target().id());
            node.put("outcome", t.outcome().wireName());
            node.put("rows", t.rows());
            t.reason().ifPresent(r -> node.put("reason", r));
            if (!t.tables().isEmpty()) {
                // {"mail_mail": {"rows": 3, "deleted": 1, "columns": {"email_to": 2, …}}, …}: counts, never a value
                ObjectNode tables = node.putObject("tables");
                t.tables().forEach((key, n) -> {
                    int dot = key.indexOf('.');
                    int colon = key.indexOf(':');
                    int end = dot >= 0 ? dot : colon >= 0 ? colon : key.length();
                    String table = key.substring(0, end);
                    ObjectNode tableNode = tables.has(table) ? (ObjectNode) tables.get(table) : tables.putObject(table);
                    if (end == key.length()) {
                        tableNode.put("rows", n);
                    } else if (dot < 0) {
                        tableNode.put(key.substring(colon + 1), n);
                    } else {
                        (tableNode.has("columns") ? (ObjectNode) tableNode.get("columns")
                                : tableNode.putObject("columns")).put(key.substring(dot + 1), n);
                    }
                });
            }
        }
        if (!result.rules().isEmpty()) {
            ArrayNode rules = o.putArray("rules");
            for (RuleResult r : result.rules()) {
                ObjectNode node = rules.addObject();
                node.put("index", r.index());
                r.name().ifPresent(n -> node.put("name", n));
                node.put("table", r.table());
                node.put("outcome", r.outcome().wireName());
                node.put("rows", r.rows());
                r.reason().ifPresent(reason -> node.put("reason", reason));
            }
        }
        if (!result.modules().isEmpty()) {
            ObjectNode modules = o.putObject("modules");
            for (ModuleResult m : result.modules()) {
                ObjectNode node = modules.putObject(m.module());
                node.put("status", m.outcome().wireName());
                node.put("statements", m.statements());
                node.put("rows", m.rows());
            }
        }
        if (!result.targets().isEmpty()) {
            // only a run that read the database can say what it did not cover: never an empty list by default
            ArrayNode uncovered = o.putArray("uncovered_modules");
            result.uncoveredModules().forEach(uncovered::add);
        }
        ArrayNode unresolved = o.putArray("unresolved_allowlist");
        result.unresolvedAllowlist().forEach(unresolved::add);
        o.put("duration_ms", result.duration().toMillis());
        result.failure().ifPresent(f -> {
            ObjectNode error = o.putObject("error");
            error.put("kind", f.kind().wireName());
            error.put("message", f.message());
        });
        return o;
    }

    /** Built on the first {@link #text}, not when the class loads: the agent only needs {@link #toJson}. */
    private static final class Generators {
        static final JsonFactory FACTORY = new JsonFactory();
    }
}
