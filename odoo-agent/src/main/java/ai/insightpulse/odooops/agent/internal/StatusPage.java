package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.TargetResult;
import java.time.Instant;

/**
 * The HTML status page for people ({@code GET /}): the environment, a badge (NEUTRALIZED or NOT NEUTRALIZED
 * outside prod; LIVE in prod, or PROD LOOKS NEUTRALIZED as an alarm; DATABASE DOWN when the last check failed),
 * the per-target table and the last check; NOT AN ODOO DATABASE or NO ACCESS TO ODOO TABLES when the check reached
 * the database but could not see Odoo's tables as Odoo's own connection would). Static HTML, no script, refreshed
 * by the browser every interval.
 */
public final class StatusPage {

    private StatusPage() {
    }

    /** The badge text for a snapshot. */
    public static String badge(StatusSnapshot s) {
        if (s.errorKind().filter(k -> k == Failure.Kind.NOT_ODOO).isPresent()) {
            return "NOT AN ODOO DATABASE";
        }
        if (s.errorKind().filter(k -> k == Failure.Kind.PERMISSION).isPresent()) {
            return "NO ACCESS TO ODOO TABLES";
        }
        if (!s.databaseUp()) {
            return "DATABASE DOWN";
        }
        if (!s.environment().requiresNeutralization()) {
            return s.prodLooksNeutralized() ? "PROD LOOKS NEUTRALIZED" : "LIVE";
        }
        return s.neutralized().orElse(false) ? "NEUTRALIZED" : "NOT NEUTRALIZED";
    }

    /** Renders the page; {@code refreshSeconds} is the browser's reload interval. */
    public static String render(StatusSnapshot s, long refreshSeconds) {
        String badge = badge(s);
        String badgeClass = switch (badge) {
            case "NEUTRALIZED", "LIVE" -> "ok";
            default -> "bad";
        };
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"refresh\" content=\"").append(Math.max(1, refreshSeconds)).append("\">")
                .append("<title>").append(esc(s.database())).append(" · odooops-agent</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append(".badge{display:inline-block;padding:.4em .9em;border-radius:.4em;font-weight:700;color:#fff}")
                .append(".ok{background:#1a7f37}.bad{background:#cf222e}")
                .append("table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.3em .7em;")
                .append("text-align:left}th{background:#f4f4f4}</style></head><body>\n");
        h.append("<h1>").append(esc(s.database())).append(" <span id=\"badge\" class=\"badge ").append(badgeClass)
                .append("\">").append(esc(badge)).append("</span></h1>\n");
        h.append("<p>Environment: <b id=\"env\">").append(esc(s.environment().ipaiName())).append("</b>");
        s.result().flatMap(NeutralizationResult::odooSeries)
                .ifPresent(v -> h.append(" · Odoo <span id=\"series\">").append(esc(v)).append("</span>"));
        h.append(" · Last check: <span id=\"last-check\">")
                .append(esc(s.checkedAt().map(Instant::toString).orElse("not yet"))).append("</span>")
                .append(" · Drift events: <span id=\"drift\">").append(s.counters().driftEvents()).append("</span>")
                .append("</p>\n");
        s.error().ifPresent(e -> h.append("<p id=\"error\">Last check failed: ").append(esc(e)).append("</p>\n"));
        h.append("<table id=\"targets\"><thead><tr><th>target</th><th>state</th><th>pending rows</th>")
                .append("<th>what it leaves behind</th></tr></thead><tbody>\n");
        s.result().ifPresent(r -> {
            for (TargetResult t : r.targets()) {
                h.append("<tr data-target=\"").append(esc(t.target().id())).append("\"><td>")
                        .append(esc(t.target().id())).append("</td><td>").append(esc(t.outcome().wireName()))
                        .append("</td><td>").append(t.rows()).append("</td><td>")
                        .append(esc(t.reason().orElse(t.target().description()))).append("</td></tr>\n");
            }
        });
        s.result().ifPresent(r -> {
            for (var m : r.modules()) {
                h.append("<tr data-module=\"").append(esc(m.module())).append("\"><td>module ")
                        .append(esc(m.module())).append("</td><td>").append(esc(m.outcome().wireName()))
                        .append("</td><td>").append(m.statements()).append(" statement(s)</td><td>")
                        .append("its data/neutralize.sql, once per copy</td></tr>\n");
            }
        });
        h.append("</tbody></table>\n");
        s.result().filter(r -> !r.uncoveredModules().isEmpty()).ifPresent(r -> h
                .append("<p id=\"uncovered\">Uncovered modules (credential-, URL- or host-shaped data nothing ")
                .append("neutralizes): ").append(esc(String.join(", ", r.uncoveredModules()))).append("</p>\n"));
        h.append("<p><a href=\"/status\">/status</a> · <a href=\"/metrics\">/metrics</a> · ")
                .append("<a href=\"/readyz\">/readyz</a></p>\n</body></html>\n");
        return h.toString();
    }

    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
