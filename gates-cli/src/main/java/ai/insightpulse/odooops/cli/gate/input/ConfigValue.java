package ai.insightpulse.odooops.cli.gate.input;

/**
 * One setting read from a customer file: where it is ({@code file}, 1-based {@code line}), its key (an odoo.conf
 * option, an environment variable, a JSON property or a compose key; {@code null} for a bare list item) and its
 * value ({@code null} when the file passes it through from the shell, e.g. {@code - DB_PASSWORD} in compose).
 */
public record ConfigValue(String file, int line, String key, String value) {
}
