package ai.insightpulse.odooops.agent.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Fleet mode's selection: database names and globs ({@code *} any run of characters, {@code ?} one), as in
 * {@code odoo_dev_*,odoo_stage}. Names hold only {@code a-z 0-9 _} (checked with the configuration), so nothing
 * else in a pattern needs quoting.
 */
public final class DatabasePatterns {

    private final List<String> patterns;
    private final Pattern compiled;

    /** @param patterns names and globs, already validated */
    public DatabasePatterns(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        StringBuilder regex = new StringBuilder();
        for (String p : patterns) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append("(?:");
            for (char c : p.toCharArray()) {
                switch (c) {
                    case '*' -> regex.append(".*");
                    case '?' -> regex.append('.');
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            regex.append(')');
        }
        this.compiled = Pattern.compile(regex.toString());
    }

    /** Whether {@code database} is one of the fleet's. */
    public boolean matches(String database) {
        return compiled.matcher(database).matches();
    }

    /** The patterns as configured. */
    public List<String> patterns() {
        return patterns;
    }
}
