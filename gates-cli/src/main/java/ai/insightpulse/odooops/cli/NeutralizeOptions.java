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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The flags every command that reads an Odoo database shares ({@code neutralize}, {@code verify}): each overrides
 * the variable of the seeds' script it names. A picocli mixin ({@link #spec}): {@code neutralize} adds it to its model,
 * {@code verify} declares {@code @Mixin CommandSpec flags = options.spec();}.
 */
public final class NeutralizeOptions {

    private final OptionSpec env = CodedOptions.text("--env", "ENV", "prod, stage or dev (IPAI_ENV).");

    private final ServerOptions server = new ServerOptions();

    private final OptionSpec dbName = CodedOptions.text("--db-name", "NAME", "Database name (DB_NAME).");

    private final OptionSpec confirmed = CodedOptions.flag("--yes",
            "Confirm a live run (IPAI_NEUTRALIZE_CONFIRM=YES).");

    private final TargetSelectionOptions selection = new TargetSelectionOptions();

    private final OptionSpec rulesFile = CodedOptions.text("--rules", "FILE",
            "Declared rules for the customer's own modules, a YAML file (IPAI_NEUTRALIZE_RULES).");

    private final OptionSpec addonsPath = CodedOptions.text("--addons-path", "DIRS",
            "Odoo's addons path, comma-separated: installed modules' data/neutralize.sql run from it"
                    + " (ODOO_ADDONS_PATH).");

    private final OptionSpec odooConf = CodedOptions.text("--odoo-conf", "FILE",
            "Odoo's configuration file, whose addons_path is read (ODOO_RC).");

    private final OptionSpec requireCoverage = CodedOptions.flag("--require-coverage",
            "Fail when installed modules hold credential-shaped data nothing neutralizes"
                    + " (IPAI_REQUIRE_COVERAGE=YES).");

    private final OptionSpec lockTimeout = CodedOptions.text("--lock-timeout", "DURATION",
            "Longest wait for a lock, e.g. 5s or 500ms (IPAI_NEUTRALIZE_LOCK_TIMEOUT, default 5s).");

    private final OptionSpec connectTimeout = CodedOptions.text("--connect-timeout", "DURATION",
            "Longest wait for the connection (DB_CONNECT_TIMEOUT, default 5s).");

    /** The flags in the order the help lists them, the server's and the selection's among them. */
    private final CommandSpec spec = CommandSpec.create()
            .addOption(env)
            .addMixin("server", server.spec())
            .addOption(dbName)
            .addOption(confirmed)
            .addMixin("selection", selection.spec())
            .addOption(rulesFile)
            .addOption(addonsPath)
            .addOption(odooConf)
            .addOption(requireCoverage)
            .addOption(lockTimeout)
            .addOption(connectTimeout);

    /** With nothing parsed yet. */
    public NeutralizeOptions() {
    }

    /** These flags, as a picocli mixin ({@link CodedOptions}). */
    public CommandSpec spec() {
        return spec;
    }

    /** The process environment with these flags laid over it. */
    public Map<String, String> variables(Map<String, String> environment) {
        Map<String, String> vars = new HashMap<>(environment);
        if (CodedOptions.text(env) != null) {
            vars.put(ConfigVariables.IPAI_ENV, CodedOptions.text(env));
            vars.remove(ConfigVariables.ODOO_STAGE);
        }
        server.applyTo(vars);
        ServerOptions.putIfSet(vars, ConfigVariables.DB_NAME, dbName);
        if (CodedOptions.flag(confirmed)) {
            vars.put(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM, "YES");
        }
        selection.applyTo(vars);
        ServerOptions.putIfSet(vars, DeclaredRulesSource.IPAI_NEUTRALIZE_RULES, rulesFile);
        if (CodedOptions.text(addonsPath) != null) {
            vars.put(ConfigVariables.ODOO_ADDONS_PATH, CodedOptions.text(addonsPath));
        } else if (CodedOptions.text(odooConf) != null) {
            vars.put(ConfigVariables.ODOO_RC, CodedOptions.text(odooConf));
            vars.remove(ConfigVariables.ODOO_ADDONS_PATH);
        }
        if (CodedOptions.flag(requireCoverage)) {
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
            DeclaredRules rules = DeclaredRulesSource.read(vars, CodedOptions.text(rulesFile) == null ? run.policy() : Optional.empty());
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
