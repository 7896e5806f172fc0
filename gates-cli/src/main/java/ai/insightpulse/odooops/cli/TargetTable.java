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

    /** Whether every selected target of {@code result} holds: nothing pending, or skipped (absent table/column). */
    public static boolean neutralized(NeutralizationResult result) {
        return new VerifyResult(result).neutralized();
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
        return b.toString();
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
