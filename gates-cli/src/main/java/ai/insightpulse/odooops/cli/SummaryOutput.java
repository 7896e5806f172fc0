package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The summary line as the CLI prints it: {@link SummaryLine} plus, when a control-plane policy overrode the run's
 * settings, a last extra key {@code "policy"} naming it.
 *
 * <p>Also the one place that prints it, so that a run stopped by SIGTERM or Ctrl-C prints exactly one line too:
 * the launcher's shutdown hook prints the {@linkplain #armStopLine armed} line ({@code status: error},
 * {@code error.kind: interrupted}) unless the command printed its own, and a command's line that comes after it
 * is dropped.
 */
public final class SummaryOutput {

    /** The message of a run stopped by a signal; what was committed is not known from here, so it says so. */
    static final String INTERRUPTED_MESSAGE = "stopped by a signal (SIGTERM or SIGINT) before the run finished; its "
            + "transaction was rolled back unless it had already committed: run it again (a repeat reports no_op "
            + "if it had)";

    /** The longest a stop signal waits for the command to be armed (the JVM's start-up on a loaded machine). */
    static final Duration ARMING_WAIT = Duration.ofSeconds(5);

    private static final Object PRINTING = new Object();

    // the state of the current run, guarded by PRINTING; a process runs one command, tests run them one by one
    private static boolean lineExpected;
    private static boolean linePrinted;
    private static boolean stopLinePrinted;
    private static StopLine armed;

    private SummaryOutput() {
    }

    /** The line for {@code result} in a run where {@code policy} (a control-plane policy's name) applied. */
    public static String line(NeutralizationResult result, Optional<String> policy) {
        if (policy.isEmpty()) {
            return SummaryLine.render(result);
        }
        return SummaryLine.PREFIX + SummaryLine.text(json(result, policy));
    }

    /** The object of the line, for the evidence files and the {@code ops} row. */
    public static ObjectNode json(NeutralizationResult result, Optional<String> policy) {
        ObjectNode json = SummaryLine.toJson(result);
        policy.ifPresent(name -> json.put("policy", name));
        return json;
    }

    /**
     * Prints the line of {@code result}, unless a stop signal already printed this run's line, and hands
     * {@code result} to {@code run} as its outcome.
     */
    public static void print(PrintWriter out, NeutralizationResult result, RunContext run) {
        String line = line(result, run.policy().map(RunContext.AppliedPolicy::name));
        synchronized (PRINTING) {
            if (stopLinePrinted) {
                return;
            }
            out.println(line);
            out.flush();
            run.printed(result);
            linePrinted = true;
            armed = null;
            PRINTING.notifyAll();
        }
    }

    /** Forgets the previous run's line: called when a run starts. */
    static void beginRun() {
        synchronized (PRINTING) {
            linePrinted = false;
            stopLinePrinted = false;
            armed = null;
        }
    }

    /**
     * From now until the command prints its line, a stop signal prints the line of a run named by {@code vars}
     * that stopped with {@code interrupted}. Renders that line once here, on the command's thread, so that every
     * class the shutdown hook needs is initialized before it can run (two threads initializing the same classes
     * can deadlock).
     */
    static void armStopLine(PrintWriter out, Map<String, String> vars, boolean dryRun, long startedNanos,
                            Optional<String> policy) {
        StopLine stop = new StopLine(out, Map.copyOf(vars), dryRun, startedNanos, policy);
        stop.render();
        synchronized (PRINTING) {
            if (!linePrinted) {
                armed = stop;
                PRINTING.notifyAll();
            }
        }
    }

    /**
     * Called by the launcher's {@code main} when its command prints a summary line: a stop signal that comes before
     * the command is {@linkplain #armStopLine armed} (the JVM starting, the command line being parsed) waits for it,
     * at most {@link #ARMING_WAIT}, instead of leaving stdout without a line.
     */
    static void expectLine() {
        synchronized (PRINTING) {
            lineExpected = true;
        }
    }

    /**
     * Called by {@code main} once the command returned: whatever it printed is all there is (help, a refusal), so
     * the shutdown hook that {@code System.exit} runs has nothing to wait for.
     */
    static void runEnded() {
        synchronized (PRINTING) {
            lineExpected = false;
            armed = null;
            PRINTING.notifyAll();
        }
    }

    /**
     * The shutdown hook: prints the armed line unless the run's own line was printed. The other threads run on
     * while it waits; the JVM exits when it returns.
     */
    static void printStopLine() {
        synchronized (PRINTING) {
            long deadline = System.nanoTime() + ARMING_WAIT.toNanos();
            while (lineExpected && armed == null && !linePrinted && !stopLinePrinted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    PRINTING.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (linePrinted || stopLinePrinted || armed == null) {
                return;
            }
            armed.out.println(armed.render());
            armed.out.flush();
            stopLinePrinted = true;
        }
    }

    private record StopLine(PrintWriter out, Map<String, String> vars, boolean dryRun, long startedNanos,
                            Optional<String> policy) {
        String render() {
            return line(NeutralizeOptions.stoppedBeforeRun(vars, dryRun,
                    new Failure(Failure.Kind.INTERRUPTED, INTERRUPTED_MESSAGE),
                    Duration.ofNanos(System.nanoTime() - startedNanos)), policy);
        }
    }
}
