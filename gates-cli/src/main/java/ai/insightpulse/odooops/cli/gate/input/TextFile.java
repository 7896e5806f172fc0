package ai.insightpulse.odooops.cli.gate.input;

import java.util.List;

/** A text file of the customer's repository: its repository-relative path ({@code /} separators) and its lines. */
public record TextFile(String path, List<String> lines) {

    /** Keeps an immutable copy of the lines. */
    public TextFile {
        lines = List.copyOf(lines);
    }
}
