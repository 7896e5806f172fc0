package ai.insightpulse.odooops.neutralize;

/**
 * A hard stop found before any connection: unknown environment, a database name the environment may not use, a
 * live run without confirmation, a malformed value. The message is one line, names the variable and never
 * contains a secret. Callers map it to {@link ExitCode#CONFIG_ERROR}.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ECHO = 64;

    /** A hard stop with a one-line reason. */
    public ConfigException(String reason) {
        super(reason, null, false, false);
    }

    /**
     * Makes a user-supplied value safe to echo in a one-line message: control characters are replaced and long
     * values are cut. Never call it on a secret.
     */
    public static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MAX_ECHO).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        if (value.codePointCount(0, value.length()) > MAX_ECHO) {
            out.append('…');
        }
        return out.toString();
    }
}
