package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the PostgreSQL server is and how to log in: the flags every command that connects shares, each overriding
 * the variable it names. There is no password flag: it would show in {@code ps}. A picocli mixin.
 */
public final class ServerOptions {

    @Option(names = "--db-host", paramLabel = "HOST", description = "Database host (DB_HOST, default localhost).")
    private String dbHost;

    @Option(names = "--db-port", paramLabel = "PORT", description = "Database port (DB_PORT, default 5432).")
    private String dbPort;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "Database role (DB_USER, default odoo); clone and restore need one that may create databases.")
    private String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "File holding the password (DB_PASSWORD_FILE). There is no password flag: it would show in ps.")
    private String dbPasswordFile;

    /** Used by picocli. */
    public ServerOptions() {
    }

    /** Lays these flags over {@code vars}. */
    public void applyTo(Map<String, String> vars) {
        putIfSet(vars, ConfigVariables.DB_HOST, dbHost);
        putIfSet(vars, ConfigVariables.DB_PORT, dbPort);
        putIfSet(vars, ConfigVariables.DB_USER, dbUser);
        if (dbPasswordFile != null) {
            vars.remove(ConfigVariables.DB_PASSWORD);
            vars.put(ConfigVariables.DB_PASSWORD_FILE, dbPasswordFile);
        }
    }

    static void putIfSet(Map<String, String> vars, String name, String value) {
        if (value != null) {
            vars.put(name, value);
        }
    }
}
