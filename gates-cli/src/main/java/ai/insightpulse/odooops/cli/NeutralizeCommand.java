package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
final class NeutralizeCommand extends ConfiguredEngineCommand {

    @Option(names = "--dry-run", description = "Count what would change, in a READ ONLY transaction; write nothing.")
    private boolean dryRun;

    @Mixin
    private NeutralizeOptions options;

    NeutralizeCommand(RunContext run) {
        super(run);
    }

    @Override
    protected NeutralizeOptions options() {
        return options;
    }

    @Override
    protected boolean readsOnly() {
        return dryRun;
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
                    Optional.of(config.database().database()), dryRun, new Failure(Failure.Kind.INTERNAL,
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
        return dryRun;
    }
}
