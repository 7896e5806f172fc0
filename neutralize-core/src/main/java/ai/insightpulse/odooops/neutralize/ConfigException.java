package ai.insightpulse.odooops.neutralize;

/**
 * A hard stop found before any connection: unknown environment, a database name the environment may not use, a
 * live run without confirmation, a malformed value. The message is one line, names the variable and never
 * contains a secret. Callers map it to {@link ExitCode#CONFIG_ERROR}.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ECHO = 64;
    private static final java.util.regex.Pattern URL_USER_INFO = java.util.regex.Pattern.compile("//(?!\\*+@)[^/@\\s]*@");
    private static final java.util.regex.Pattern BARE_USER_INFO =
            java.util.regex.Pattern.compile("(?<![/\\w.-])[^\\s/@:'\"]+:[^\\s/@'\"]*@");
    private static final java.util.regex.Pattern CREDENTIAL_PARAMETER = java.util.regex.Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key)=)(?!\\*+(?:[&;\\s'\"]|$))[^&;\\s'\"]*");

    /** A hard stop with a one-line reason. */
    public ConfigException(String reason) {
        super(reason, null, false, false);
    }

    /**
     * Makes a user-supplied value safe to echo in a one-line message: control characters are replaced and long
     * values are cut, credentials a value may carry ({@link #withoutCredentials}) masked. Never call it on a secret.
     */
    public static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value = withoutCredentials(value);
        value.codePoints().limit(MAX_ECHO).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        if (value.codePointCount(0, value.length()) > MAX_ECHO) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * {@code text} with the credentials a mistyped value or a URL may carry masked: the user information of a URL
     * ({@code scheme://user:password@host} and {@code user:password@host}) and {@code password=}, {@code token=},
     * {@code secret=} or {@code key=} parameters. A refusal echoes the bad value so that the operator can find it;
     * a password pasted into the wrong variable must not travel on into CI logs with it. A value that a caller
     * already masked with asterisks (the agent masks its own URLs) is left as it is.
     */
    public static String withoutCredentials(String text) {
        if (text == null) {
            return null;
        }
        return CREDENTIAL_PARAMETER.matcher(URL_USER_INFO.matcher(BARE_USER_INFO.matcher(text).replaceAll("******@"))
                .replaceAll("//******@")).replaceAll("$1******");
    }
}
