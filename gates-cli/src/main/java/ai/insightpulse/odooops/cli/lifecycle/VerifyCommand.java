package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.ConfiguredEngineCommand;
import ai.insightpulse.odooops.cli.NeutralizeOptions;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.cli.SummaryOutput;
import ai.insightpulse.odooops.cli.TargetTable;
import ai.insightpulse.odooops.lifecycle.Verify;
import ai.insightpulse.odooops.lifecycle.VerifyResult;
import ai.insightpulse.odooops.neutralize.ExitCode;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;

/**
 * {@code odooops verify}: is this database neutralized per the contract? Reads in a READ ONLY transaction (in any
 * environment, prod included), prints a table of targets on stderr and the summary line on stdout, and exits 0
 * when every selected target holds (nothing pending, or skipped because its table is absent) or
 * {@value #NOT_NEUTRALIZED} when something is pending.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks, read-only, that the Odoo database is neutralized per the contract. Writes nothing, in any",
            "environment (prod included). A table of targets goes to stderr, the NEUTRALIZE_SUMMARY line to stdout.",
            "",
            "Reads the same variables as neutralize; each flag below overrides its variable. --yes is accepted and",
            "ignored (verify never writes).",
            "",
            "Exit codes: 0 neutralized; 3 not neutralized (something is pending); 1 configuration error;",
            "2 database or runtime error (may be retried)."})
public final class VerifyCommand extends ConfiguredEngineCommand {

    /** The exit code of a database that is reachable but not neutralized. */
    public static final int NOT_NEUTRALIZED = ExitCode.NOT_NEUTRALIZED.code();

    private final NeutralizeOptions options = new NeutralizeOptions();

    /** {@link NeutralizeOptions}' flags, declared in code ({@code CodedOptions}): picocli takes the model as it is. */
    @Mixin
    private final CommandSpec optionFlags = options.spec();

    /** Used by picocli, with the run. */
    public VerifyCommand(RunContext run) {
        super(run);
    }

    @Override
    protected NeutralizeOptions options() {
        return options;
    }

    @Override
    protected boolean readsOnly() {
        return true;
    }

    @Override
    protected int run(NeutralizeConfig config, RunContext run, PrintWriter out, PrintWriter err, long started) {
        VerifyResult verified = Verify.of(config).run();
        NeutralizationResult result = verified.inspection();
        int code = verified.exitCode().code();
        if (result.failure().isEmpty()) {
            err.print(report(result, config.requireCoverage()));
        } else {
            err.println("odooops verify: " + config.database().database() + ": " + result.failure().get().message());
        }
        err.flush();
        SummaryOutput.print(out, result, run);
        return code;
    }

    @Override
    public boolean dryRunOnUsageError() {
        return true;
    }

    /** The human report: a heading, the table, the verdict. */
    static String report(NeutralizationResult result) {
        return report(result, false);
    }

    static String report(NeutralizationResult result, boolean requireCoverage) {
        long pending = result.targets().stream().mapToLong(t -> t.rows()).sum()
                + result.rules().stream().mapToLong(r -> r.rows()).sum();
        long targets = result.targets().stream().filter(t -> t.rows() > 0).count()
                + result.rules().stream().filter(r -> r.rows() > 0).count();
        boolean uncoveredFails = requireCoverage && !result.uncoveredModules().isEmpty();
        String verdict = result.neutralized() && uncoveredFails
                ? "verdict: NOT neutralized: coverage is required and " + result.uncoveredModules().size()
                        + " module(s) are uncovered (exit " + NOT_NEUTRALIZED + ")"
                : result.neutralized()
                ? "verdict: neutralized (exit 0)"
                : "verdict: NOT neutralized: " + pending + " row(s) pending in " + targets + " target(s) or rule(s) (exit "
                        + NOT_NEUTRALIZED + ")";
        return "odooops verify: " + result.database().orElse("?") + " (" + result.environment().orElse("?")
                + ", Odoo " + result.odooSeries().orElse("series unknown") + ")\n"
                + TargetTable.create().column("now", result).render()
                + verdict + "\n";
    }
}
