package ai.insightpulse.odooops.cli.gate;

import java.util.Objects;

/**
 * One violation: the rule it breaks, where (a repository-relative file with {@code /} separators and a 1-based
 * line; {@code null} file or line 0 when the finding is not about one place), what is wrong and how to fix it. The
 * message never holds a secret value: at most a key name and a {@link SecretFingerprint}.
 */
public record Finding(Rule rule, String file, int line, String message, String fix) implements Comparable<Finding> {

    /** Validates that a rule and a message are given; the fix defaults to the rule's. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (fix == null) {
            fix = rule.fix();
        }
        if (line < 0) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    /** A finding at {@code file:line} with the rule's usual fix. */
    public static Finding at(Rule rule, String file, int line, String message) {
        return new Finding(rule, file, line, message, null);
    }

    /** The gate of the rule. */
    public Gate gate() {
        return rule.gate();
    }

    /** {@code file:line}, {@code file}, or {@code (repository)}. */
    public String location() {
        if (file == null) {
            return "(repository)";
        }
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public int compareTo(Finding o) {
        int c = rule.gate().compareTo(o.rule.gate());
        if (c != 0) {
            return c;
        }
        c = String.valueOf(file).compareTo(String.valueOf(o.file));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        if (c != 0) {
            return c;
        }
        c = rule.compareTo(o.rule);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
