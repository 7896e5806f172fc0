package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.RunStatus;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code odooops neutralize [--dry-run]}: the drop-in for the seeds' {@code scripts/odoo_neutralize.py}. Reads the
 * same variables; flags override them. Prints exactly one {@code NEUTRALIZE_SUMMARY:} line on stdout on every
 * path; logs go to stderr.
 */
@Command(name = "neutralize",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Neutralizes the Odoo database of a stage or dev environment: outgoing mail off behind one sink server,",
            "crons off except the allowlist, the neutralized flag and banner on. Prod is a no-op that does not connect.",
            "",
            "Reads IPAI_ENV (or ODOO_STAGE), DB_HOST, DB_PORT, DB_USER, DB_PASSWORD or DB_PASSWORD_FILE, DB_NAME,",
            "IPAI_NEUTRALIZE_CONFIRM, IPAI_CRON_ALLOWLIST; each flag below overrides its variable.",
            "",
            "Exit codes: 0 success, no-op or dry-run; 1 configuration or confirmation error (do not retry);",
            "2 database or runtime error (nothing was changed; may be retried)."})
final class NeutralizeCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dry-run", description = "Count what would change, in a READ ONLY transaction; write nothing.")
    private boolean dryRun;

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

    NeutralizeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Map<String, String> vars = variables();
        NeutralizeConfig config;
        try {
            config = ConfigVariables.read(vars, dryRun);
        } catch (ConfigException e) {
            err.println("odooops neutralize: " + e.getMessage());
            return printConfigError(out, vars, dryRun, e.getMessage(), Duration.ofNanos(System.nanoTime() - started));
        }
        NeutralizationResult result;
        try {
            result = JooqNeutralizer.create().neutralize(config);
        } catch (RuntimeException | Error e) {
            // the engine reports database trouble as a result; this is a bug, and the line must still be printed
            result = new NeutralizationResult(Optional.of(config.environment().ipaiName()),
                    Optional.of(config.database().database()), dryRun, RunStatus.ERROR, List.of(), List.of(),
                    Optional.empty(), Duration.ofNanos(System.nanoTime() - started), Optional.of(new Failure(
                    Failure.Kind.INTERNAL, config.database().password().redactFrom(String.valueOf(e)))));
            err.println("odooops neutralize: internal error: " + result.failure().get().message());
        }
        out.println(SummaryLine.render(result));
        out.flush();
        // a failure was already logged on stderr by the engine, with its reason
        return result.exitCode().code();
    }

    /** The process environment with this command's flags laid over it. */
    private Map<String, String> variables() {
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

    /** Prints the summary line of a run stopped by a configuration error; returns exit code 1. */
    static int printConfigError(PrintWriter out, Map<String, String> vars, boolean dryRun, String reason) {
        return printConfigError(out, vars, dryRun, reason, Duration.ZERO);
    }

    private static int printConfigError(PrintWriter out, Map<String, String> vars, boolean dryRun, String reason,
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
        out.println(SummaryLine.render(result));
        out.flush();
        return result.exitCode().code();
    }
}
