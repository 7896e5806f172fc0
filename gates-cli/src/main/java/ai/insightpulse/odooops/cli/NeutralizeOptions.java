package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags every command that reads an Odoo database shares ({@code neutralize}, {@code verify}): each overrides
 * the variable of the seeds' script it names. A picocli mixin: {@code @Mixin NeutralizeOptions options;}.
 */
public final class NeutralizeOptions {

    @Option(names = "--env", paramLabel = "ENV", description = "prod, stage or dev (IPAI_ENV).")
    private String env;

    @Option(names = "--db-host", paramLabel = "HOST", description = "Database host (DB_HOST, default localhost).")
    private String dbHost;

    @Option(names = "--db-port", paramLabel = "PORT", description = "Database port (DB_PORT, default 5432).")
    private String dbPort;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database role (DB_USER, default odoo).")
    private String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "File holding the password (DB_PASSWORD_FILE). There is no password flag: it would show in ps.")
    private String dbPasswordFile;

    @Option(names = "--db-name", paramLabel = "NAME", description = "Database name (DB_NAME).")
    private String dbName;

    @Option(names = "--yes", description = "Confirm a live run (IPAI_NEUTRALIZE_CONFIRM=YES).")
    private boolean confirmed;

    @Option(names = "--cron-allowlist", paramLabel = "IDS",
            description = "Cron xml ids to keep, comma separated, or 'none' (IPAI_CRON_ALLOWLIST).")
    private String cronAllowlist;

    @Option(names = "--targets", paramLabel = "IDS",
            description = "Run only these targets, comma separated (IPAI_NEUTRALIZE_TARGETS).")
    private String targets;

    @Option(names = "--skip-targets", paramLabel = "IDS",
            description = "Leave these targets out (IPAI_NEUTRALIZE_SKIP_TARGETS); mail and crons cannot be left out.")
    private String skipTargets;

    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "Longest wait for a lock, e.g. 5s or 500ms (IPAI_NEUTRALIZE_LOCK_TIMEOUT, default 5s).")
    private String lockTimeout;

    @Option(names = "--connect-timeout", paramLabel = "DURATION",
            description = "Longest wait for the connection (DB_CONNECT_TIMEOUT, default 5s).")
    private String connectTimeout;

    /** Used by picocli. */
    public NeutralizeOptions() {
    }

    /** The process environment with these flags laid over it. */
    public Map<String, String> variables(Map<String, String> environment) {
        Map<String, String> vars = new HashMap<>(environment);
        if (env != null) {
            vars.put(ConfigVariables.IPAI_ENV, env);
            vars.remove(ConfigVariables.ODOO_STAGE);
        }
        putIfSet(vars, ConfigVariables.DB_HOST, dbHost);
        putIfSet(vars, ConfigVariables.DB_PORT, dbPort);
        putIfSet(vars, ConfigVariables.DB_USER, dbUser);
        putIfSet(vars, ConfigVariables.DB_NAME, dbName);
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
        putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_LOCK_TIMEOUT, lockTimeout);
        putIfSet(vars, ConfigVariables.DB_CONNECT_TIMEOUT, connectTimeout);
        return vars;
    }

    private static void putIfSet(Map<String, String> vars, String name, String value) {
        if (value != null) {
            vars.put(name, value);
        }
    }

    /**
     * Prints the summary line of a run stopped by a configuration error before any connection; returns exit
     * code 1. The environment and database name are echoed only in printable form.
     */
    public static int printConfigError(PrintWriter out, Map<String, String> vars, boolean dryRun, String reason,
                                       Duration duration) {
        String env = vars.get(ConfigVariables.IPAI_ENV);
        if (env == null && vars.get(ConfigVariables.ODOO_STAGE) != null) {
            env = Environment.fromOdooStage(vars.get(ConfigVariables.ODOO_STAGE))
                    .map(Environment::ipaiName).orElse(vars.get(ConfigVariables.ODOO_STAGE));
        }
        NeutralizationResult result = NeutralizationResult.configError(
                env == null ? null : ConfigException.printable(env),
                vars.get(ConfigVariables.DB_NAME) == null ? null : ConfigException.printable(vars.get(ConfigVariables.DB_NAME)),
                dryRun, reason, duration);
        out.println(SummaryOutput.line(result, vars));
        out.flush();
        return result.exitCode().code();
    }
}
