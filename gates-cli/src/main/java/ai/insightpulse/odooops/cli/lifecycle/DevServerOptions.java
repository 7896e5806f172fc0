package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.ServerOptions;
import ai.insightpulse.odooops.lifecycle.MaintenanceConnection;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The flags {@code drop} and {@code gc} share: the server, its maintenance database and Odoo's data dir. */
public final class DevServerOptions {

    /** Odoo's data dir, whose {@code filestore/<db>} holds a database's attachments. */
    static final String ODOO_DATA_DIR = "ODOO_DATA_DIR";

    final ServerOptions server = new ServerOptions();

    /** {@link ServerOptions}' flags, declared in code ({@code CodedOptions}): picocli takes the model as it is. */
    @Mixin
    private final CommandSpec serverFlags = server.spec();

    @Option(names = "--maintenance-db", paramLabel = "NAME", defaultValue = "postgres",
            description = "Database to connect to for DROP DATABASE (default ${DEFAULT-VALUE}).")
    String maintenanceDb;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Odoo's data dir (ODOO_DATA_DIR): DIR/filestore/<db> goes with the database. Without it "
                    + "only the database is dropped.")
    Path dataDir;

    /** Used by picocli. */
    public DevServerOptions() {
    }

    /**
     * The maintenance connection, read from the server variables of {@code environment} with the flags laid over
     * them, validated as a dev run's would be ({@code name}, a dev database, stands for the run's database).
     *
     * @throws ai.insightpulse.odooops.neutralize.ConfigException on a malformed value
     */
    MaintenanceConnection connection(Map<String, String> environment, String name, String command) {
        Map<String, String> vars = server.serverVariables(environment);
        vars.put(ConfigVariables.IPAI_ENV, Environment.DEV.ipaiName());
        vars.put(ConfigVariables.DB_NAME, name);
        vars.put(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM, "YES");
        NeutralizeConfig config = ConfigVariables.read(vars, false);
        DatabaseEndpoint db = config.database();
        return new MaintenanceConnection(new DatabaseEndpoint(db.host(), db.port(), db.user(), db.password(),
                maintenanceDb), config.connectTimeout(), "odooops-" + command);
    }

    /**
     * {@code --maintenance-db}, checked to be a database name.
     *
     * @throws ConfigException when it is not
     */
    String maintenanceDatabase() {
        if (!DatabaseNames.isSafeIdentifier(maintenanceDb)) {
            throw new ConfigException("--maintenance-db '" + ConfigException.printable(maintenanceDb)
                    + "' is not a database name");
        }
        return maintenanceDb;
    }

    /** {@code --data-dir}, else {@code ODOO_DATA_DIR}. */
    Optional<Path> dataDir(Map<String, String> environment) {
        if (dataDir != null) {
            return Optional.of(dataDir);
        }
        return Optional.ofNullable(environment.get(ODOO_DATA_DIR)).filter(s -> !s.isBlank()).map(Path::of);
    }
}
