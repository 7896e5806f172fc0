package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ExitCode;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code neutralize} and {@code verify} share: the configuration read from the environment and their
 * {@link NeutralizeOptions}, a hard stop (exit 1, with its summary line) before anything connects, then the
 * command's own run with the validated configuration.
 */
public abstract class ConfiguredEngineCommand extends RunCommand implements SummaryLineCommand {

    /** With the run. */
    protected ConfiguredEngineCommand(RunContext run) {
        super(run);
    }

    /** The command's {@link NeutralizeOptions} mixin (declared there, so the help lists the flags in its order). */
    protected abstract NeutralizeOptions options();

    /** Whether the run is a dry run (reads only). */
    protected abstract boolean readsOnly();

    /**
     * Runs the command with the validated configuration; prints the summary line on {@code out}.
     *
     * @param startedNanos when the command started ({@link System#nanoTime()})
     * @return the exit code
     */
    protected abstract int run(NeutralizeConfig config, RunContext run, PrintWriter out, PrintWriter err,
                               long startedNanos);

    @Override
    protected final int execute(PrintWriter out, PrintWriter err, long started) {
        Optional<NeutralizeConfig> read = options().readConfig(spec().name(), run(), readsOnly(), out, err, started);
        if (read.isEmpty()) {
            return ExitCode.CONFIG_ERROR.code();
        }
        return run(read.get(), run(), out, err, started);
    }

    @Override
    public final Map<String, String> knownVariables(Map<String, String> commandEnvironment) {
        return options().variables(commandEnvironment);
    }
}
