package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.LifecycleSummaryLine;
import ai.insightpulse.odooops.cli.RunCommand;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.lifecycle.LifecycleException;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.Failure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * What {@link DropCommand} and {@link GcCommand} share: the configuration checked first (a refusal is a
 * configuration error, nothing done), then the library call with its progress on stderr, and on every path one
 * summary line ({@link LifecycleSummaryLine}) whose failure form ends with {@code duration_ms} and the
 * {@code error} object.
 *
 * @param <C> the library's configuration of the command
 */
abstract class LifecycleLineCommand<C> extends RunCommand {

    private final String prefix;

    LifecycleLineCommand(RunContext run, String prefix) {
        super(run);
        this.prefix = prefix;
    }

    /** The validated configuration. */
    abstract C configure();

    /** Runs the library with {@code config}; returns the success line. */
    abstract ObjectNode runLibrary(C config, Consumer<String> progress);

    /** The failure line's keys before {@code duration_ms}. */
    abstract ObjectNode failureLine();

    @Override
    protected final int execute(PrintWriter out, PrintWriter err, long started) {
        C config;
        try {
            config = configure();
        } catch (ConfigException e) {
            return failed(out, err, new Failure(Failure.Kind.CONFIG, e.getMessage()), started);
        }
        try {
            ObjectNode line = runLibrary(config, message -> progress(err, message));
            LifecycleSummaryLine.print(out, prefix, line, run());
            return 0;
        } catch (LifecycleException e) {
            return failed(out, err, e.failure(), started);
        }
    }

    private int failed(PrintWriter out, PrintWriter err, Failure failure, long started) {
        progress(err, failure.message());
        ObjectNode line = failureLine();
        line.put("duration_ms", (System.nanoTime() - started) / 1_000_000);
        ObjectNode error = line.putObject("error");
        error.put("kind", failure.kind().wireName());
        error.put("message", failure.message());
        LifecycleSummaryLine.print(out, prefix, line, run());
        return failure.kind().exitCode().code();
    }

    private void progress(PrintWriter err, String message) {
        err.println("odooops " + spec().name() + ": " + message);
        err.flush();
    }
}
