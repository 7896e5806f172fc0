package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.NeutralizeOptions;
import ai.insightpulse.odooops.cli.RunContext;
import ai.insightpulse.odooops.cli.SummaryOutput;
import ai.insightpulse.odooops.lifecycle.CopyConfig;
import ai.insightpulse.odooops.lifecycle.CopyResult;
import ai.insightpulse.odooops.lifecycle.CopyStage;
import ai.insightpulse.odooops.lifecycle.LifecycleListener;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What {@code clone} and {@code restore} share on the command line: the hard stops (before any connection), the
 * library's {@link ai.insightpulse.odooops.lifecycle.Clone}/{@link ai.insightpulse.odooops.lifecycle.Restore}
 * run with progress on stderr, and exactly one summary line on stdout on every path.
 */
final class CopyRun {

    private CopyRun() {
    }

    /**
     * Validates, runs the copy and prints the summary line.
     *
     * @param sourceCheck extra validation of the source; returns a reason to refuse, or empty
     * @param copy        runs the library's copy with the validated config and a listener
     * @return the exit code
     */
    static int execute(String command, RunContext run, CopyOptions options,
                       Supplier<Optional<String>> sourceCheck,
                       Function<CopyConfig, Function<LifecycleListener, CopyResult>> copy,
                       PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        Map<String, String> environment = run.environment();
        String target = options.target;
        Optional<Environment> env = DatabaseNames.environmentOf(target);
        Map<String, String> vars = options.variables(environment, env.map(Environment::ipaiName).orElse(null));
        Optional<String> refusal = CopyConfig.targetRefusal(target).or(sourceCheck);
        if (refusal.isEmpty() && !"YES".equals(vars.get(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM))) {
            refusal = Optional.of(command + " replaces " + target
                    + ": confirm with --yes (or IPAI_NEUTRALIZE_CONFIRM=YES)");
        }
        CopyConfig config = null;
        if (refusal.isEmpty()) {
            try {
                NeutralizeConfig neutralization = ConfigVariables.read(vars, false);
                config = new CopyConfig(neutralization, options.maintenanceDb, options.keepPrevious,
                        options.clientProgramPath(environment), options.filestore(environment));
            } catch (ConfigException e) {
                refusal = Optional.of(e.getMessage());
            }
        }
        if (refusal.isPresent()) {
            err.println("odooops " + command + ": " + refusal.get());
            err.flush();
            vars.put(ConfigVariables.DB_NAME, target);
            return NeutralizeOptions.printConfigError(out, run, vars, false, refusal.get(),
                    Duration.ofNanos(System.nanoTime() - started));
        }

        PauseHook pause = new PauseHook(environment, err);
        CopyResult result = copy.apply(config).apply(new LifecycleListener() {
            @Override
            public void progress(String message) {
                err.println("odooops " + command + ": " + message);
                err.flush();
            }

            @Override
            public void reached(CopyStage stage) {
                pause.at(stage);
            }
        });
        result.failure().ifPresent(failure -> {
            err.println("odooops " + command + ": " + failure.message()
                    + (failure.kind() == Failure.Kind.CONFIG ? "" : "; " + target + " was left as it was"));
            err.flush();
        });
        SummaryOutput.print(out, result.neutralization(), run);
        return result.exitCode().code();
    }
}
