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

    /** Injected by picocli into an annotated command; one whose model is built in code makes it: {@link #codedModel}. */
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

    /**
     * For a command whose picocli model is built in code rather than read from annotations ({@link CodedOptions}):
     * an empty model named {@code name} whose command is this one (picocli calls {@link #call}), which is then
     * {@link #spec()}.
     */
    protected final CommandSpec codedModel(String name) {
        spec = CommandSpec.wrapWithoutInspection(this).name(name);
        return spec;
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
