package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.lifecycle.VerifyResult;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizationTarget;
import ai.insightpulse.odooops.neutralize.TargetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders results as a plain-text table for people, one row per target, one column per result (e.g. plan, apply,
 * verify). Goes to stderr: stdout carries only the summary line.
 */
public final class TargetTable {

    private final List<String> headers = new ArrayList<>();
    private final List<NeutralizationResult> columns = new ArrayList<>();

    private TargetTable() {
    }

    /** A table with one column per {@code (header, result)} pair added by {@link #column}. */
    public static TargetTable create() {
        return new TargetTable();
    }

    /** Adds a column. */
    public TargetTable column(String header, NeutralizationResult result) {
        headers.add(header);
        columns.add(result);
        return this;
    }

    /** The rendered table, lines separated by {@code \n}, with a trailing line break. */
    public String render() {
        int idWidth = "target".length();
        for (NeutralizationTarget t : NeutralizationTarget.values()) {
            idWidth = Math.max(idWidth, t.id().length());
        }
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int w = headers.get(c).length();
            for (NeutralizationTarget t : NeutralizationTarget.values()) {
                w = Math.max(w, cell(columns.get(c), t).length());
            }
            widths.add(w);
        }
        StringBuilder b = new StringBuilder();
        b.append(pad("target", idWidth));
        for (int c = 0; c < columns.size(); c++) {
            b.append("  ").append(pad(headers.get(c), widths.get(c)));
        }
        b.append("  what it leaves behind\n");
        for (NeutralizationTarget t : NeutralizationTarget.values()) {
            b.append(pad(t.id(), idWidth));
            for (int c = 0; c < columns.size(); c++) {
                b.append("  ").append(pad(cell(columns.get(c), t), widths.get(c)));
            }
            b.append("  ").append(t.description());
            for (NeutralizationResult r : columns) {
                Optional<String> reason = r.target(t).flatMap(TargetResult::reason);
                if (reason.isPresent()) {
                    b.append(" (skipped: ").append(reason.get()).append(')');
                    break;
                }
            }
            b.append('\n');
        }
        renderModules(b, idWidth);
        return b.toString();
    }

    /** A row per module file (run, to run or already run), then the modules nothing covers. */
    private void renderModules(StringBuilder b, int idWidth) {
        java.util.Set<String> modules = new java.util.LinkedHashSet<>();
        java.util.Set<String> uncovered = new java.util.TreeSet<>();
        for (NeutralizationResult r : columns) {
            r.modules().forEach(m -> modules.add(m.module()));
            uncovered.addAll(r.uncoveredModules());
        }
        for (String module : modules) {
            b.append(pad("module " + module, idWidth));
            for (NeutralizationResult r : columns) {
                String cell = r.modules().stream().filter(m -> m.module().equals(module)).findFirst()
                        .map(m -> switch (m.outcome()) {
                            case CHANGED -> m.statements() + " statement(s) ran, " + m.rows() + " row(s)";
                            case WOULD_CHANGE -> m.statements() + " statement(s) to run";
                            default -> "ok";
                        }).orElse("-");
                b.append("  ").append(cell);
            }
            b.append("  its data/neutralize.sql, once per copy\n");
        }
        if (!uncovered.isEmpty()) {
            b.append("uncovered modules (credential-, URL- or host-shaped data nothing neutralizes): ")
                    .append(String.join(", ", uncovered)).append('\n');
        }
    }

    private static String cell(NeutralizationResult r, NeutralizationTarget t) {
        if (r.failure().isPresent()) {
            return "error";
        }
        Optional<TargetResult> tr = r.target(t);
        if (tr.isEmpty()) {
            return "-";
        }
        return switch (tr.get().outcome()) {
            case CHANGED -> tr.get().rows() + " changed";
            case WOULD_CHANGE -> tr.get().rows() + " pending";
            case NO_OP -> "ok";
            case SKIPPED -> "skipped";
            case NOT_SELECTED -> "not selected";
        };
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
