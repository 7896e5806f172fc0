package ai.insightpulse.odooops.cli.gate;

/**
 * An input the gates could not read or parse (exit 2): the file (repository-relative), the line when known
 * (0 otherwise) and a one-line reason. Never carries a stack trace to the user, nor a secret.
 */
public final class GateInputException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    /** An unreadable {@code file} (at {@code line}, 0 if unknown) for {@code reason}. */
    public GateInputException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, null, false, false);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The repository-relative file. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when not known. */
    public int line() {
        return line;
    }

    /** Why it could not be read, one line. */
    public String reason() {
        return reason;
    }
}
