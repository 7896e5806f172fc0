package ai.insightpulse.odooops.cli.clone;

import ai.insightpulse.odooops.neutralize.ConfigVariables;
import java.util.HashMap;
import java.util.Map;
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

    @Option(names = "--db-host", paramLabel = "HOST", description = "Server host (DB_HOST, default localhost).")
    String dbHost;

    @Option(names = "--db-port", paramLabel = "PORT", description = "Server port (DB_PORT, default 5432).")
    String dbPort;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "Role that may create and rename databases (DB_USER, default odoo).")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "File holding the password (DB_PASSWORD_FILE).")
    String dbPasswordFile;

    @Option(names = "--cron-allowlist", paramLabel = "IDS",
            description = "Cron xml ids to keep, comma separated, or 'none' (IPAI_CRON_ALLOWLIST).")
    String cronAllowlist;

    @Option(names = "--targets", paramLabel = "IDS",
            description = "Neutralization targets to run, comma separated (IPAI_NEUTRALIZE_TARGETS).")
    String targets;

    @Option(names = "--skip-targets", paramLabel = "IDS",
            description = "Targets to leave out (IPAI_NEUTRALIZE_SKIP_TARGETS); mail and crons cannot be left out.")
    String skipTargets;

    @Option(names = "--maintenance-db", paramLabel = "NAME", defaultValue = "postgres",
            description = "Database to connect to for CREATE/ALTER/DROP DATABASE (default ${DEFAULT-VALUE}).")
    String maintenanceDb;

    @Option(names = "--pg-bin", paramLabel = "DIR",
            description = "Directory of pg_dump, pg_restore and psql (ODOOOPS_PG_BIN; default: PATH).")
    String pgBin;

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
        putIfSet(vars, ConfigVariables.DB_HOST, dbHost);
        putIfSet(vars, ConfigVariables.DB_PORT, dbPort);
        putIfSet(vars, ConfigVariables.DB_USER, dbUser);
        if (dbPasswordFile != null) {
            vars.remove(ConfigVariables.DB_PASSWORD);
            vars.put(ConfigVariables.DB_PASSWORD_FILE, dbPasswordFile);
        }
        if (confirmed) {
            vars.put(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM, "YES");
        }
        putIfSet(vars, ConfigVariables.IPAI_CRON_ALLOWLIST, cronAllowlist);
        putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_TARGETS, targets);
        putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_SKIP_TARGETS, skipTargets);
        return vars;
    }

    private static void putIfSet(Map<String, String> vars, String name, String value) {
        if (value != null) {
            vars.put(name, value);
        }
    }
}
