package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.cli.SummaryLineCommand;
import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@link CloneCommand} and {@link RestoreCommand} share as commands: the run, the {@link CopyOptions}, and a
 * {@link CopyRun} over the source each names.
 */
abstract class CopyCommand implements Callable<Integer>, SummaryLineCommand {

    private final RunContext run;

    @Spec
    private CommandSpec spec;

    CopyCommand(RunContext run) {
        this.run = run;
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
    public final Integer call() {
        run.deploymentSource(source());
        return CopyRun.execute(spec.name(), run, options(), this::sourceRefusal, this::copy,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Override
    public final boolean dryRunOnUsageError() {
        return false;
    }
}
