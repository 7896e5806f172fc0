package ai.insightpulse.odooops.neutralize;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How every command and the agent read a setting's text: an optional variable (set but blank is an error, not
 * "unset") and a duration. One grammar for durations everywhere: a whole number of up to 7 digits and a unit,
 * {@code ms}, {@code s}, {@code m} (minutes, never months), {@code h} or {@code d}; a bare number is seconds. Each
 * setting then checks its own range (and may accept fewer units). Messages name the setting and quote the value
 * as {@link ConfigException#printable(String)} shows it.
 */
public final class ConfigValues {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})(ms|s|m|h|d)?");

    private ConfigValues() {
    }

    /**
     * The stripped value of {@code name} in {@code vars}; empty when it is not set.
     *
     * @throws ConfigException when it is set but blank (a forgotten value must not read as a default)
     */
    public static Optional<String> optional(Map<String, String> vars, String name) {
        String v = vars.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isBlank()) {
            throw new ConfigException(name + " is set but empty");
        }
        return Optional.of(v.strip());
    }

    /** {@code text} read as a duration of the grammar above (surrounding blanks ignored); empty when it is not one. */
    public static Optional<Duration> parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Optional.of(switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        });
    }

    /**
     * The duration {@code value} of setting {@code name} (possibly zero: the caller checks its range).
     *
     * @throws ConfigException when it is not a duration
     */
    public static Duration duration(String name, String value) {
        return parseDuration(value).orElseThrow(() -> new ConfigException(name + "='"
                + ConfigException.printable(value) + "' is not a duration (e.g. 15s, 500ms, 1m)"));
    }
}
