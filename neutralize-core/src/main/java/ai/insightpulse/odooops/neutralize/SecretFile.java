package ai.insightpulse.odooops.neutralize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret handed over as a file ({@code DB_PASSWORD_FILE}, {@code ODOOOPS_AGENT_TOKEN_FILE}): how Docker and
 * Kubernetes mount secrets, so that the value is neither in the process environment nor in the process list.
 * The file holds the value and nothing else; a trailing newline (what {@code echo} and most editors add) is not
 * part of it. Errors name the variable and the path, never the content.
 */
public final class SecretFile {

    /** Larger than any password or token: a bigger file is a mistake (a key bundle, the wrong path). */
    static final int MAX_BYTES = 4096;

    private SecretFile() {
    }

    /**
     * Reads the secret in {@code file}.
     *
     * @param variable the variable (or flag) that named the file, for the messages
     * @param file     the path, as given
     * @param holds    what the file should hold, e.g. {@code "the password"}, for the messages
     * @throws ConfigException when the path is empty, not a regular readable file, or larger than 4 KiB
     */
    public static Secret read(String variable, String file, String holds) {
        if (file.isEmpty()) {
            throw new ConfigException(variable + " is set but empty");
        }
        String named = variable + "=" + ConfigException.printable(file);
        Path path;
        try {
            path = Path.of(file);
        } catch (RuntimeException e) {
            throw new ConfigException(named + " is not a readable file");
        }
        try {
            if (!Files.isRegularFile(path)) {
                throw new ConfigException(named + " is not a readable file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new ConfigException(named + " is larger than 4 KiB; it should hold only " + holds);
            }
            String content = Files.readString(path, StandardCharsets.UTF_8);
            return Secret.of(content.replaceAll("[\\r\\n]+$", ""));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigException ce) {
                throw ce;
            }
            throw new ConfigException(named + " cannot be read");
        }
    }
}
