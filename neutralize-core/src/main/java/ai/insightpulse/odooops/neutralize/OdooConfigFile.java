package ai.insightpulse.odooops.neutralize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one option of an Odoo configuration file ({@code ODOO_RC}, {@code --odoo-conf}) a command needs, read as
 * Odoo's {@code configparser} reads it: INI, section {@code [options]}, {@code =} or {@code :} as the separator,
 * {@code #} and {@code ;} comments, the last assignment winning.
 */
public final class OdooConfigFile {

    private static final long MAX_BYTES = 1 << 20;

    private OdooConfigFile() {
    }

    /**
     * The value of {@code name} in {@code [options]} of {@code file}; empty when the file does not set it or sets it
     * empty.
     *
     * @throws ConfigException when the file is not a readable file of at most 1 MiB
     */
    public static Optional<String> option(Path file, String name) {
        String source = "Odoo config " + ConfigException.printable(file.toString());
        List<String> lines;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw new ConfigException(source + ": not a readable file");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String section = "";
        String value = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            int separator = indexOfSeparator(line);
            if (section.equals("options") && separator > 0
                    && line.substring(0, separator).strip().equalsIgnoreCase(name)) {
                value = line.substring(separator + 1).strip();
            }
        }
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    // Python's configparser accepts both '=' and ':' as the separator; the first one counts
    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }
}
