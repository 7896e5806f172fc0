package ai.insightpulse.odooops.agent.internal;

import static ai.insightpulse.odooops.agent.internal.StatusPage.esc;

import java.time.Instant;
import java.util.List;

/**
 * Fleet mode's status page ({@code GET /}): one table row per database, worst first (prod alarms, then databases
 * whose tables are not seen, unreachable, unmapped, not neutralized, not yet checked, live prod, neutralized), each
 * linking to its {@code /status?db=}. Static HTML without script, refreshed by the browser every interval.
 */
public final class FleetPage {

    private FleetPage() {
    }

    /** Renders the page. */
    public static String render(List<FleetMember> worstFirst, FleetViews.Discovery discovery, long refreshSeconds) {
        StringBuilder h = new StringBuilder(1024 + 256 * worstFirst.size());
        long bad = worstFirst.stream().filter(m -> m.state() != FleetMember.State.NEUTRALIZED
                && m.state() != FleetMember.State.LIVE).count();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"refresh\" content=\"").append(Math.max(1, refreshSeconds)).append("\">")
                .append("<title>fleet · odooops-agent</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append(".badge{display:inline-block;padding:.2em .6em;border-radius:.4em;font-weight:700;color:#fff}")
                .append(".ok{background:#1a7f37}.bad{background:#cf222e}.wait{background:#9a6700}")
                .append("table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.3em .7em;")
                .append("text-align:left}th{background:#f4f4f4}</style></head><body>\n");
        h.append("<h1>Fleet <span id=\"badge\" class=\"badge ").append(bad == 0 ? "ok" : "bad").append("\">")
                .append(bad == 0 ? "ALL NEUTRALIZED OR LIVE" : bad + " NEED ATTENTION").append("</span></h1>\n");
        h.append("<p>Databases: <b id=\"total\">").append(worstFirst.size()).append("</b> · Last listing: ")
                .append("<span id=\"last-check\">")
                .append(esc(discovery.checkedAt().map(Instant::toString).orElse("not yet"))).append("</span>")
                .append(" on <span id=\"discovery-db\">").append(esc(discovery.database())).append("</span></p>\n");
        discovery.error().ifPresent(e -> h.append("<p id=\"error\">Listing failed: ").append(esc(e))
                .append("</p>\n"));
        h.append("<table id=\"fleet\"><thead><tr><th>database</th><th>env</th><th>state</th><th>pending rows</th>")
                .append("<th>drift events</th><th>enforcements</th><th>last check</th><th>error</th></tr></thead>")
                .append("<tbody>\n");
        for (FleetMember m : worstFirst) {
            FleetMember.State state = m.state();
            String css = switch (state) {
                case NEUTRALIZED, LIVE -> "ok";
                case PENDING -> "wait";
                default -> "bad";
            };
            h.append("<tr data-db=\"").append(esc(m.database())).append("\" data-state=\"")
                    .append(state.wireName()).append("\"><td><a href=\"/status?db=").append(esc(m.database()))
                    .append("\">").append(esc(m.database())).append("</a></td><td>")
                    .append(esc(m.snapshot().map(s -> s.environment().ipaiName()).orElse("-"))).append("</td>")
                    .append("<td><span class=\"badge ").append(css).append("\">").append(state.wireName())
                    .append("</span></td><td>")
                    .append(m.snapshot().filter(StatusSnapshot::databaseUp).map(FleetViews::pendingRows)
                            .map(String::valueOf).orElse("-"))
                    .append("</td><td>").append(m.snapshot().map(s -> s.counters().driftEvents()).orElse(0L))
                    .append("</td><td>").append(m.snapshot().map(s -> s.counters().enforcements()).orElse(0L))
                    .append("</td><td>").append(esc(m.snapshot().flatMap(StatusSnapshot::checkedAt)
                            .map(Instant::toString).orElse("-")))
                    .append("</td><td>").append(esc(m.snapshot().flatMap(StatusSnapshot::error)
                            .or(m::unchecked).orElse(""))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<p><a href=\"/status\">/status</a> · <a href=\"/metrics\">/metrics</a> · ")
                .append("<a href=\"/readyz\">/readyz</a></p>\n</body></html>\n");
        return h.toString();
    }
}
