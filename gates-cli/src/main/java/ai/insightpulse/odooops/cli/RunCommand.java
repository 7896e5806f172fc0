package ai.insightpulse.odooops.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@code odooops}: created by {@link CommandFactory} with the run before the command line is parsed,
 * it reads the run's environment only when it runs (a control-plane policy is laid over it in between), and writes
 * to the streams picocli hands it.
 */
public abstract class RunCommand implements Callable<Integer> {

    private final RunContext run;

    @Spec
    private CommandSpec spec;

    /** With the run. */
    protected RunCommand(RunContext run) {
        this.run = run;
    }

    /** The run: its environment (read it when the command runs), its policy, where its outcome goes. */
    protected final RunContext run() {
        return run;
    }

    /** The command's picocli model (its name, its parsed options). */
    protected final CommandSpec spec() {
        return spec;
    }

    /**
     * Runs the command.
     *
     * @param startedNanos when the command started ({@link System#nanoTime()})
     * @return the exit code
     */
    protected abstract int execute(PrintWriter out, PrintWriter err, long startedNanos);

    @Override
    public final Integer call() {
        long started = System.nanoTime();
        return execute(spec.commandLine().getOut(), spec.commandLine().getErr(), started);
    }
}
