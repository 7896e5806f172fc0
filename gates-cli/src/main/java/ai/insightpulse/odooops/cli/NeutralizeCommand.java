package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code odooops neutralize [--dry-run]}: the drop-in for the seeds' {@code scripts/odoo_neutralize.py}. Reads the
 * same variables; flags override them. Prints exactly one {@code NEUTRALIZE_SUMMARY:} line on stdout on every
 * path; logs go to stderr. Its picocli model is built in code ({@link CodedOptions}): it starts every run.
 */
final class NeutralizeCommand extends ConfiguredEngineCommand implements CodedCommand {

    /** What {@code odooops neutralize --help} says above the options. */
    private static final String[] DESCRIPTION = {
        "Neutralizes the Odoo database of a stage or dev environment: outgoing mail off behind one sink server,",
        "crons off except the allowlist, the neutralized flag and banner on. Prod is a no-op that does not connect.",
        "",
        "Reads IPAI_ENV (or ODOO_STAGE), DB_HOST, DB_PORT, DB_USER, DB_PASSWORD or DB_PASSWORD_FILE, DB_NAME,",
        "IPAI_NEUTRALIZE_CONFIRM, IPAI_CRON_ALLOWLIST; each flag below overrides its variable.",
        "",
        "Exit codes: 0 success, no-op or dry-run; 1 configuration or confirmation error (do not retry);",
        "2 database or runtime error (nothing was changed; may be retried)."};

    private final OptionSpec dryRun = CodedOptions.flag("--dry-run",
            "Count what would change, in a READ ONLY transaction; write nothing.");

    private final NeutralizeOptions options = new NeutralizeOptions();

    NeutralizeCommand(RunContext run) {
        super(run);
    }

    @Override
    public CommandSpec model() {
        CommandSpec model = codedModel("neutralize").addOption(dryRun).addMixin("options", options.spec());
        model.usageMessage().sortOptions(false).description(DESCRIPTION);
        return CodedOptions.withStandardHelpOptions(model);
    }

    @Override
    protected NeutralizeOptions options() {
        return options;
    }

    @Override
    protected boolean readsOnly() {
        return CodedOptions.flag(dryRun);
    }

    @Override
    protected int run(NeutralizeConfig config, RunContext run, PrintWriter out, PrintWriter err, long started) {
        NeutralizationResult result;
        try {
            // prod is a no-op that does not connect
            result = JooqNeutralizer.create().neutralize(config);
        } catch (RuntimeException | Error e) {
            // the engine reports database trouble as a result; this is a bug, and the line must still be printed
            result = NeutralizationResult.failed(Optional.of(config.environment().ipaiName()),
                    Optional.of(config.database().database()), readsOnly(), new Failure(Failure.Kind.INTERNAL,
                            config.database().password().redactFrom(String.valueOf(e))),
                    Duration.ofNanos(System.nanoTime() - started));
            err.println("odooops neutralize: internal error: " + result.failure().get().message());
            SummaryOutput.print(out, result, run);
            return result.exitCode().code();
        }
        // the engine returns its failure without logging it: the reason goes to stderr here
        result.failure().ifPresent(failure -> {
            err.println("odooops neutralize: " + config.database().database() + ": " + failure.message());
            err.flush();
        });
        SummaryOutput.print(out, result, run);
        return result.exitCode().code();
    }

    @Override
    public boolean dryRunOnUsageError() {
        return false;
    }

    @Override
    public boolean knownDryRun() {
        return CodedOptions.flag(dryRun);
    }
}
