package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.DeclaredRules;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags every command that reads an Odoo database shares ({@code neutralize}, {@code verify}): each overrides
 * the variable of the seeds' script it names. A picocli mixin: {@code @Mixin NeutralizeOptions options;}.
 */
public final class NeutralizeOptions {

    @Option(names = "--env", paramLabel = "ENV", description = "prod, stage or dev (IPAI_ENV).")
    private String env;

    @Mixin
    private ServerOptions server;

    @Option(names = "--db-name", paramLabel = "NAME", description = "Database name (DB_NAME).")
    private String dbName;

    @Option(names = "--yes", description = "Confirm a live run (IPAI_NEUTRALIZE_CONFIRM=YES).")
    private boolean confirmed;

    @Mixin
    private TargetSelectionOptions selection;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Declared rules for the customer's own modules, a YAML file (IPAI_NEUTRALIZE_RULES).")
    private String rulesFile;

    @Option(names = "--addons-path", paramLabel = "DIRS",
            description = "Odoo's addons path, comma-separated: installed modules' data/neutralize.sql run from it"
                    + " (ODOO_ADDONS_PATH).")
    private String addonsPath;

    @Option(names = "--odoo-conf", paramLabel = "FILE",
            description = "Odoo's configuration file, whose addons_path is read (ODOO_RC).")
    private String odooConf;

    @Option(names = "--require-coverage",
            description = "Fail when installed modules hold credential-shaped data nothing neutralizes"
                    + " (IPAI_REQUIRE_COVERAGE=YES).")
    private boolean requireCoverage;

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
        server.applyTo(vars);
        ServerOptions.putIfSet(vars, ConfigVariables.DB_NAME, dbName);
        if (confirmed) {
            vars.put(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM, "YES");
        }
        selection.applyTo(vars);
        if (rulesFile != null) {
            vars.put(DeclaredRulesSource.IPAI_NEUTRALIZE_RULES, rulesFile);
        }
        if (addonsPath != null) {
            vars.put(ConfigVariables.ODOO_ADDONS_PATH, addonsPath);
        } else if (odooConf != null) {
            vars.put(ConfigVariables.ODOO_RC, odooConf);
            vars.remove(ConfigVariables.ODOO_ADDONS_PATH);
        }
        if (requireCoverage) {
            vars.put(ConfigVariables.IPAI_REQUIRE_COVERAGE, "YES");
        }
        ServerOptions.putIfSet(vars, ConfigVariables.IPAI_NEUTRALIZE_LOCK_TIMEOUT, lockTimeout);
        ServerOptions.putIfSet(vars, ConfigVariables.DB_CONNECT_TIMEOUT, connectTimeout);
        return vars;
    }

    /**
     * The validated configuration of a {@code command} run from the environment with these flags laid over it; on a
     * hard stop, prints the one-line reason on {@code err} and the summary line on {@code out}, and returns empty
     * (the caller exits 1). Nothing has connected anywhere either way.
     */
    public Optional<NeutralizeConfig> readConfig(String command, RunContext run, boolean dryRun,
                                                 PrintWriter out, PrintWriter err, long startedNanos) {
        Map<String, String> vars = variables(run.environment());
        try {
            NeutralizeConfig config = ConfigVariables.read(vars, dryRun);
            // a --rules flag wins over the policy's rules, as every flag wins over a policy
            DeclaredRules rules = DeclaredRulesSource.read(vars, rulesFile == null ? run.policy() : Optional.empty());
            return Optional.of(rules.isEmpty() ? config : config.toBuilder().declaredRules(rules).build());
        } catch (ConfigException e) {
            err.println("odooops " + command + ": " + e.getMessage());
            printConfigError(out, run, vars, dryRun, e.getMessage(),
                    Duration.ofNanos(System.nanoTime() - startedNanos));
            return Optional.empty();
        }
    }

    /**
     * Prints the summary line of a run stopped by a configuration error before any connection; returns exit
     * code 1. The environment and database name are echoed only in printable form.
     */
    public static int printConfigError(PrintWriter out, RunContext run, Map<String, String> vars, boolean dryRun,
                                       String reason, Duration duration) {
        return printStoppedBeforeRun(out, run, vars, dryRun, new Failure(Failure.Kind.CONFIG, reason), duration);
    }

    /**
     * Prints the summary line of a run stopped by {@code failure} before it connected to the Odoo database (a
     * configuration error, the evidence database unreadable, a stop signal); returns the failure's exit code. The
     * environment and database name are echoed only in printable form.
     */
    public static int printStoppedBeforeRun(PrintWriter out, RunContext run, Map<String, String> vars,
                                            boolean dryRun, Failure failure, Duration duration) {
        NeutralizationResult result = stoppedBeforeRun(vars, dryRun, failure, duration);
        SummaryOutput.print(out, result, run);
        return result.exitCode().code();
    }

    /** The result of a run stopped by {@code failure} before it connected, named after {@code vars}. */
    static NeutralizationResult stoppedBeforeRun(Map<String, String> vars, boolean dryRun, Failure failure,
                                                 Duration duration) {
        String env = vars.get(ConfigVariables.IPAI_ENV);
        if (env == null && vars.get(ConfigVariables.ODOO_STAGE) != null) {
            env = Environment.fromOdooStage(vars.get(ConfigVariables.ODOO_STAGE))
                    .map(Environment::ipaiName).orElse(vars.get(ConfigVariables.ODOO_STAGE));
        }
        String db = vars.get(ConfigVariables.DB_NAME);
        return NeutralizationResult.failed(Optional.ofNullable(env).map(ConfigException::printable),
                Optional.ofNullable(db).map(ConfigException::printable), dryRun, failure, duration);
    }
}
