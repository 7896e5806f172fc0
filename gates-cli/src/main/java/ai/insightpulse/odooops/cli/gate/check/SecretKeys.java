package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.GatesConfig;
import java.util.List;
import java.util.regex.Pattern;

/** Which settings hold secrets, and which values are placeholders rather than real secrets. */
final class SecretKeys {

    // DB_PASSWORD, admin_passwd, smtp_password, SUPABASE_SERVICE_ROLE_KEY, SLACK_TOKEN, OAUTH_CLIENT_SECRET, ...
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(^|[_.-])(pass|passwd|password|secret|token|apikey|key|credentials?)([_.-]|$)");
    // ..._FILE and ..._PATH name where a secret lives, ..._ID and ..._NAME identify it: none is the secret itself
    private static final Pattern NOT_A_SECRET = Pattern.compile("(?i).*[_.-](file|path|id|name|url)$");
    private static final Pattern URL_PASSWORD =
            Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:(?<password>[^@\\s/]+)@");

    private final List<Pattern> placeholders;

    SecretKeys(GatesConfig.Secrets config) {
        this.placeholders = config.placeholders().stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    }

    /** Whether a setting named {@code key} holds a secret. */
    static boolean isSecretKey(String key) {
        return key != null && SECRET_KEY.matcher(key).find() && !NOT_A_SECRET.matcher(key).matches();
    }

    /** The password embedded in a URL of {@code value} ({@code scheme://user:password@host}), or null. */
    static String urlPassword(String value) {
        var m = URL_PASSWORD.matcher(value);
        return m.find() ? m.group("password") : null;
    }

    /** Whether {@code value} is a placeholder or a reference, not a real secret. */
    boolean isPlaceholder(String value) {
        String v = value.strip();
        return placeholders.stream().anyMatch(p -> p.matcher(v).matches());
    }
}
