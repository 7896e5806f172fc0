package ai.insightpulse.odooops.cli.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one {@code odooops gate} run: the gates that ran, every finding (sorted by gate, file and line)
 * and every input a gate could not read. The exit code is 2 when an input was unreadable, else 0 without findings,
 * else the highest exit code of a finding's rule (1, or 2 for the bucket guard's missing variable).
 */
public record GateReport(List<Gate> gates, List<Finding> findings, List<UnreadableInput> unreadable) {

    /** Keeps immutable, sorted copies. */
    public GateReport {
        gates = List.copyOf(gates);
        findings = findings.stream().sorted().toList();
        unreadable = List.copyOf(unreadable);
    }

    /** A report of gates that read every input. */
    public GateReport(List<Gate> gates, List<Finding> findings) {
        this(gates, findings, List.of());
    }

    /**
     * A report whose unreadable inputs are given per gate: one {@link UnreadableInput} per distinct file, line and
     * reason, naming every gate it stopped.
     */
    public static GateReport of(List<Gate> gates, List<Finding> findings, Map<Gate, GateInputException> errors) {
        Map<String, List<Gate>> stopped = new LinkedHashMap<>();
        Map<String, GateInputException> first = new LinkedHashMap<>();
        for (Map.Entry<Gate, GateInputException> e : errors.entrySet()) {
            String key = e.getValue().getMessage();
            stopped.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
            first.putIfAbsent(key, e.getValue());
        }
        List<UnreadableInput> unreadable = new ArrayList<>();
        first.forEach((key, e) -> unreadable.add(UnreadableInput.of(e, stopped.get(key))));
        return new GateReport(gates, findings, unreadable);
    }

    /** The process exit code this report stands for. */
    public int exitCode() {
        int findingsExit = findings.stream().mapToInt(f -> f.rule().exitCode()).max().orElse(0);
        return unreadable.isEmpty() ? findingsExit : Math.max(2, findingsExit);
    }

    /** Whether {@code gate} read its inputs and ran without a finding. */
    public boolean passed(Gate gate) {
        return findings.stream().noneMatch(f -> f.gate() == gate) && !stopped(gate);
    }

    /** Whether an unreadable input stopped {@code gate}. */
    public boolean stopped(Gate gate) {
        return unreadable.stream().anyMatch(u -> u.gates().contains(gate));
    }

    /** {@code pass}, {@code fail} (findings) or {@code error} (an input it could not read). */
    public String status(Gate gate) {
        return stopped(gate) ? "error" : passed(gate) ? "pass" : "fail";
    }
}
