package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.RunCommand;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.cli.SummaryLineCommand;
import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@link CloneCommand} and {@link RestoreCommand} share as commands: the run, the {@link CopyOptions}, and a
 * {@link CopyRun} over the source each names.
 */
abstract class CopyCommand extends RunCommand implements SummaryLineCommand {

    CopyCommand(RunContext run) {
        super(run);
    }

    /** The command's {@link CopyOptions} mixin (declared there, after the source, as the help lists them). */
    abstract CopyOptions options();

    /** The source, as the run's evidence names it. */
    abstract String source();

    /** A reason to refuse the source before anything connects, or empty. */
    abstract Optional<String> sourceRefusal();

    /** The library's copy with the validated config. */
    abstract Function<LifecycleListener, CopyResult> copy(CopyConfig config);

    @Override
    protected final int execute(PrintWriter out, PrintWriter err, long startedNanos) {
        run().deploymentSource(source());
        return CopyRun.execute(spec().name(), run(), options(), this::sourceRefusal, this::copy, out, err);
    }

    @Override
    public final boolean dryRunOnUsageError() {
        return false;
    }
}
