package ai.insightpulse.odooops.cli.demo;

import ai.insightpulse.odooops.cli.RunCommand;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.lifecycle.PostgresServer;
import ai.insightpulse.odooops.cli.ServerOptions;
import ai.insightpulse.odooops.cli.TargetTable;
import ai.insightpulse.odooops.cli.lifecycle.VerifyCommand;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code odooops demo}: for a newcomer. On a given PostgreSQL, (re)creates {@value DemoDatabase#NAME} from the real
 * Odoo 18.0 schema, seeded like a live prod, then shows plan (dry run) → apply → verify with a before/after table.
 * It never touches any other database: the name is fixed, and {@code DB_NAME}/{@code IPAI_ENV} are not read.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Builds " + DemoDatabase.NAME + " on a PostgreSQL server from the real Odoo 18.0 schema, seeded like a live",
            "prod (mail servers with a fake password, Odoo's crons on, banner off), then neutralizes it step by step:",
            "plan (dry run) -> apply -> verify, with a before/after table on stderr and the summary line on stdout.",
            "It drops and recreates " + DemoDatabase.NAME + " and touches no other database.",
            "",
            "Reads DB_HOST (default localhost), DB_PORT (5432), DB_USER (default: the OS user), DB_PASSWORD or",
            "DB_PASSWORD_FILE; each flag below overrides its variable.",
            "",
            "Exit codes: 0 done and verified; 1 configuration error; 2 database error; 3 applied but not verified."})
public final class DemoCommand extends RunCommand {

    private final ServerOptions server = new ServerOptions();

    /** {@link ServerOptions}' flags, declared in code ({@code CodedOptions}): picocli takes the model as it is. */
    @Mixin
    private final CommandSpec serverFlags = server.spec();

    @Option(names = "--maintenance-db", paramLabel = "NAME", defaultValue = "postgres",
            description = "Database to connect to for CREATE DATABASE (default ${DEFAULT-VALUE}).")
    private String maintenanceDb;

    /** Used by picocli, with the run (its environment: the server variables). */
    public DemoCommand(RunContext run) {
        super(run);
    }

    @Override
    protected int execute(PrintWriter out, PrintWriter err, long started) {
        NeutralizeConfig config;
        try {
            config = ConfigVariables.read(variables(), false);
        } catch (ConfigException e) {
            err.println("odooops demo: " + e.getMessage());
            return finish(out, NeutralizationResult.configError("dev", DemoDatabase.NAME, false, e.getMessage(),
                    elapsed(started)));
        }
        PostgresServer server = PostgresServer.of(config, maintenanceDb, "odooops-demo");
        JooqNeutralizer engine = JooqNeutralizer.create();

        err.println("odooops demo: building " + DemoDatabase.NAME + " on " + config.database().user() + "@"
                + server.address() + " from the real Odoo " + DemoDatabase.SERIES
                + " schema, seeded like a live prod ...");
        err.flush();
        StateFacts before;
        try {
            DemoDatabase.recreate(server, DemoDatabase.NAME);
            before = StateFacts.read(server, DemoDatabase.NAME);
        } catch (SQLException | RuntimeException e) {
            Failure failure = server.failure("building " + DemoDatabase.NAME, e);
            err.println("odooops demo: " + failure.message());
            return finish(out, NeutralizationResult.failed(Optional.of("dev"), Optional.of(DemoDatabase.NAME), false,
                    failure, elapsed(started)));
        }
        err.println("  " + before.describe());
        err.println();

        err.println("1/3 plan: what a live run would change (dry run, READ ONLY transaction) ...");
        err.flush();
        NeutralizationResult plan = engine.neutralize(config.toBuilder().dryRun(true).build());
        if (plan.failure().isPresent()) {
            return failed(out, err, plan);
        }
        err.println("2/3 apply: one transaction, all targets ...");
        err.flush();
        NeutralizationResult apply = engine.neutralize(config);
        if (apply.failure().isPresent()) {
            return failed(out, err, apply);
        }
        err.println("3/3 verify: read back, READ ONLY ...");
        err.flush();
        NeutralizationResult verify = engine.inspect(config);
        if (verify.failure().isPresent()) {
            return failed(out, err, verify);
        }
        StateFacts after;
        try {
            after = StateFacts.read(server, DemoDatabase.NAME);
        } catch (SQLException e) {
            err.println("odooops demo: " + server.failure("reading " + DemoDatabase.NAME, e).message());
            after = null;
        }

        err.println();
        err.print(TargetTable.create().column("plan", plan).column("apply", apply).column("verify", verify).render());
        err.println();
        if (after != null) {
            err.print(StateFacts.beforeAfter(before, after));
            err.println();
        }
        boolean neutralized = verify.neutralized();
        err.println(neutralized
                ? "verdict: " + DemoDatabase.NAME + " is neutralized. Check it again at any time with:"
                : "verdict: " + DemoDatabase.NAME + " is NOT neutralized after applying (exit "
                        + VerifyCommand.NOT_NEUTRALIZED + ")");
        if (neutralized) {
            err.println("  bin/odooops verify --env dev --db-name " + DemoDatabase.NAME + " --db-host "
                    + config.database().host() + " --db-port " + config.database().port() + " --db-user "
                    + config.database().user());
        }
        err.flush();
        out.println(SummaryLine.render(apply));
        out.flush();
        return neutralized ? 0 : VerifyCommand.NOT_NEUTRALIZED;
    }

    /** Only the server variables, then the flags; the database, environment and confirmation are the demo's own. */
    private Map<String, String> variables() {
        Map<String, String> vars = server.serverVariables(run().environment());
        vars.computeIfAbsent(ConfigVariables.DB_USER, k -> osUser());
        vars.put(ConfigVariables.IPAI_ENV, "dev");
        vars.put(ConfigVariables.DB_NAME, DemoDatabase.NAME);
        vars.put(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM, "YES");
        return vars;
    }

    /** PostgreSQL's own default role is the OS user name (libpq's rule); {@code USER} first, as psql reads it. */
    private String osUser() {
        String user = run().environment().get("USER");
        if (user == null || user.isBlank()) {
            user = run().environment().get("LOGNAME");
        }
        return user == null || user.isBlank() ? System.getProperty("user.name") : user;
    }

    /** The engine returns its failure without logging it: the reason goes to stderr here. */
    private static int failed(PrintWriter out, PrintWriter err, NeutralizationResult result) {
        err.println("odooops demo: " + result.failure().get().message());
        err.flush();
        return finish(out, result);
    }

    private static int finish(PrintWriter out, NeutralizationResult result) {
        out.println(SummaryLine.render(result));
        out.flush();
        return result.exitCode().code();
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
