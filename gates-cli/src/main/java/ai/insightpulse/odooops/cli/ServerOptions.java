package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the PostgreSQL server is and how to log in: the flags every command that connects shares, each overriding
 * the variable it names. There is no password flag: it would show in {@code ps}. A picocli mixin
 * ({@link #spec}).
 */
public final class ServerOptions {

    /** The variables that say where the server is and how to log in. */
    private static final List<String> SERVER_VARIABLES = List.of(ConfigVariables.DB_HOST, ConfigVariables.DB_PORT,
            ConfigVariables.DB_USER, ConfigVariables.DB_PASSWORD, ConfigVariables.DB_PASSWORD_FILE,
            ConfigVariables.DB_CONNECT_TIMEOUT);

    private final OptionSpec dbHost = CodedOptions.text("--db-host", "HOST",
            "Database host (DB_HOST, default localhost).");

    private final OptionSpec dbPort = CodedOptions.text("--db-port", "PORT", "Database port (DB_PORT, default 5432).");

    private final OptionSpec dbUser = CodedOptions.text("--db-user", "USER",
            "Database role (DB_USER, default odoo; demo: the OS user); clone, restore and demo need one that "
                    + "may create databases.");

    private final OptionSpec dbPasswordFile = CodedOptions.text("--db-password-file", "FILE",
            "File holding the password (DB_PASSWORD_FILE). There is no password flag: it would show in ps.");

    private final CommandSpec spec = CodedOptions.mixin(dbHost, dbPort, dbUser, dbPasswordFile);

    /** With nothing parsed yet. */
    public ServerOptions() {
    }

    /** These flags, as a picocli mixin ({@link CodedOptions}). */
    public CommandSpec spec() {
        return spec;
    }

    /**
     * The server variables of {@code environment} ({@link #SERVER_VARIABLES}) with these flags laid over them: what
     * a command that names its own database and environment reads.
     */
    public Map<String, String> serverVariables(Map<String, String> environment) {
        Map<String, String> vars = new HashMap<>();
        for (String variable : SERVER_VARIABLES) {
            if (environment.get(variable) != null) {
                vars.put(variable, environment.get(variable));
            }
        }
        applyTo(vars);
        return vars;
    }

    /** Lays these flags over {@code vars}. */
    public void applyTo(Map<String, String> vars) {
        putIfSet(vars, ConfigVariables.DB_HOST, dbHost);
        putIfSet(vars, ConfigVariables.DB_PORT, dbPort);
        putIfSet(vars, ConfigVariables.DB_USER, dbUser);
        if (CodedOptions.text(dbPasswordFile) != null) {
            vars.remove(ConfigVariables.DB_PASSWORD);
            vars.put(ConfigVariables.DB_PASSWORD_FILE, CodedOptions.text(dbPasswordFile));
        }
    }

    static void putIfSet(Map<String, String> vars, String name, OptionSpec option) {
        putIfSet(vars, name, CodedOptions.text(option));
    }

    static void putIfSet(Map<String, String> vars, String name, String value) {
        if (value != null) {
            vars.put(name, value);
        }
    }
}
