package ai.insightpulse.odooops.cli.gate;

import java.util.List;

/**
 * The outcome of one {@code odooops gate} run: the gates that ran and every finding, sorted by gate, file and line.
 * The exit code is 0 without findings, else the highest exit code of a finding's rule (1, or 2 for the bucket
 * guard's missing variable).
 */
public record GateReport(List<Gate> gates, List<Finding> findings) {

    /** Keeps immutable, sorted copies. */
    public GateReport {
        gates = List.copyOf(gates);
        findings = findings.stream().sorted().toList();
    }

    /** The process exit code this report stands for. */
    public int exitCode() {
        return findings.stream().mapToInt(f -> f.rule().exitCode()).max().orElse(0);
    }

    /** Whether {@code gate} ran without a finding. */
    public boolean passed(Gate gate) {
        return findings.stream().noneMatch(f -> f.gate() == gate);
    }
}
