package ai.insightpulse.odooops.cli.gate;

import java.util.List;

/**
 * An input a gate could not read (file, 1-based line or 0, one-line reason) and the gates it stopped: each of those
 * reports it as its own error while the other gates run. The same unreadable file stopping several gates is one
 * {@code UnreadableInput}.
 */
public record UnreadableInput(String file, int line, String reason, List<Gate> gates) {

    /** Keeps an immutable copy. */
    public UnreadableInput {
        gates = List.copyOf(gates);
    }

    /** The input of {@code e}, stopping {@code gates}. */
    static UnreadableInput of(GateInputException e, List<Gate> gates) {
        return new UnreadableInput(e.file(), e.line(), e.reason(), gates);
    }

    /** {@code file:line: reason}, as the one line on stderr says it after "cannot read". */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
