package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.lifecycle.CopyStage;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The kill-safety tests' handle: with {@code ODOOOPS_TEST_PAUSE_AT=<step>} in the environment, a run announces
 * {@code odooops: test pause at <step>} on stderr when it reaches that step and then waits to be killed. A test
 * SIGKILLs the process there and checks what the databases look like. Unset in real use; does nothing then.
 */
final class PauseHook {

    /** The variable naming the step to pause at. */
    static final String VARIABLE = "ODOOOPS_TEST_PAUSE_AT";

    private final String step;
    private final PrintWriter err;

    PauseHook(Map<String, String> environment, PrintWriter err) {
        this.step = environment.get(VARIABLE);
        this.err = err;
    }

    /** Pauses forever if {@code stage} is the configured step. */
    void at(CopyStage stage) {
        String name = stage.step();
        if (!name.equals(step)) {
            return;
        }
        err.println("odooops: test pause at " + name);
        err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
