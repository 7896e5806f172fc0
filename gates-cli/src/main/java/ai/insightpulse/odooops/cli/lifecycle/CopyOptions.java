package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ai.insightpulse.odooops.cli.ServerOptions;
import ai.insightpulse.odooops.cli.TargetSelectionOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The flags {@code clone} and {@code restore} share; each overrides the variable it names. */
public final class CopyOptions {

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "The database to publish: odoo_stage, odoo_dev or odoo_dev_<suffix>. Never odoo_prod.")
    String target;

    @Option(names = "--keep-previous",
            description = "Keep the database the target replaces, as odooops_kept_<target>_<yyyyMMddHHmm>.")
    boolean keepPrevious;

    @Option(names = "--yes", description = "Confirm: the target is replaced (IPAI_NEUTRALIZE_CONFIRM=YES).")
    boolean confirmed;

    @Mixin
    ServerOptions server;

    @Mixin
    TargetSelectionOptions selection;

    @Option(names = "--maintenance-db", paramLabel = "NAME", defaultValue = "postgres",
            description = "Database to connect to for CREATE/ALTER/DROP DATABASE (default ${DEFAULT-VALUE}).")
    String maintenanceDb;

    @Option(names = "--pg-bin", paramLabel = "DIR",
            description = "Directory of pg_dump and pg_restore (ODOOOPS_PG_BIN; default: PATH).")
    String pgBin;

    /** The variable naming the directory of the PostgreSQL client programs. */
    static final String PG_BIN = "ODOOOPS_PG_BIN";

    /** Used by picocli. */
    public CopyOptions() {
    }

    /**
     * The variables of the copy's neutralization: the process environment's server and neutralization variables
     * with these flags laid over them. {@code IPAI_ENV}, {@code ODOO_STAGE} and {@code DB_NAME} are not read: the
     * target name decides the environment (ENV_DB_MAP).
     */
    Map<String, String> variables(Map<String, String> environment, String ipaiEnv) {
        Map<String, String> vars = new HashMap<>(environment);
        vars.remove(ConfigVariables.ODOO_STAGE);
        vars.put(ConfigVariables.IPAI_ENV, ipaiEnv);
        vars.put(ConfigVariables.DB_NAME, target);
        server.applyTo(vars);
        if (confirmed) {
            vars.put(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM, "YES");
        }
        selection.applyTo(vars);
        return vars;
    }

    /** Where to look for pg_dump and pg_restore: {@code --pg-bin} (or {@code ODOOOPS_PG_BIN}), then {@code PATH}. */
    List<Path> clientProgramPath(Map<String, String> environment) {
        List<Path> dirs = new ArrayList<>();
        String explicit = pgBin != null ? pgBin : environment.get(PG_BIN);
        if (explicit != null && !explicit.isBlank()) {
            dirs.add(Path.of(explicit));
        }
        String path = environment.get("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        return dirs;
    }
}
