package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.lifecycle.FilestoreSettings;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ai.insightpulse.odooops.cli.ServerOptions;
import ai.insightpulse.odooops.cli.TargetSelectionOptions;
import picocli.CommandLine.Model.CommandSpec;
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

    final ServerOptions server = new ServerOptions();

    /** {@link ServerOptions}' flags, declared in code ({@code CodedOptions}): picocli takes the model as it is. */
    @Mixin
    private final CommandSpec serverFlags = server.spec();

    final TargetSelectionOptions selection = new TargetSelectionOptions();

    /** {@link TargetSelectionOptions}' flags, declared in code like the server's. */
    @Mixin
    private final CommandSpec selectionFlags = selection.spec();

    @Option(names = "--maintenance-db", paramLabel = "NAME", defaultValue = "postgres",
            description = "Database to connect to for CREATE/ALTER/DROP DATABASE (default ${DEFAULT-VALUE}).")
    String maintenanceDb;

    @Option(names = "--pg-bin", paramLabel = "DIR",
            description = "Directory of pg_dump and pg_restore (ODOOOPS_PG_BIN; default: PATH).")
    String pgBin;

    /** The variable naming the directory of the PostgreSQL client programs. */
    static final String PG_BIN = "ODOOOPS_PG_BIN";

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Odoo's data dir (ODOO_DATA_DIR): <DIR>/filestore/<db> is copied and published with the "
                    + "database. Default: data_dir of --odoo-conf / ODOO_RC; without any, only the database is copied.")
    String dataDir;

    @Option(names = "--odoo-conf", paramLabel = "FILE",
            description = "Odoo's config file (ODOO_RC), read only for its data_dir.")
    String odooConf;

    @Option(names = "--filestore-copy", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (default), reflink, hardlink or copy. auto: reflink if the filesystem clones files, "
                    + "else hard links on the same filesystem, else a byte copy.")
    String filestoreCopy;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Restore a custom or directory archive's table data over N connections (default 1).")
    int jobs;

    @Option(names = "--strict",
            description = "Refuse a backup zip whose manifest.json differs from the target (Odoo series, modules, "
                    + "PostgreSQL major version) or is missing.")
    boolean strict;

    @Option(names = "--zip-max-bytes", paramLabel = "BYTES", defaultValue = "1099511627776",
            description = "The most a backup zip may expand to (default 1 TiB).")
    long zipMaxBytes;

    @Option(names = "--zip-max-ratio", paramLabel = "N", defaultValue = "1000",
            description = "The most a backup zip entry may expand relative to its compressed size (default 1000).")
    long zipMaxRatio;

    /** Used by picocli. */
    public CopyOptions() {
    }

    /**
     * The variables of the copy's neutralization: the process environment's server and neutralization variables
     * with these flags laid over them. {@code IPAI_ENV}, {@code ODOO_STAGE} and {@code DB_NAME} are not read: the
     * target name decides the environment (ENV_DB_MAP).
     */
    /** The filestore, zip and parallel-restore settings; see {@link FilestoreFlags#resolve}. */
    FilestoreSettings filestore(Map<String, String> environment) {
        return FilestoreFlags.resolve(environment, dataDir, odooConf, filestoreCopy, jobs, strict, zipMaxBytes,
                zipMaxRatio);
    }

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
