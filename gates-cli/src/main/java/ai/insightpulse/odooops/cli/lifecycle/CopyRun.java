package ai.insightpulse.odooops.cli.lifecycle;

import ai.insightpulse.odooops.cli.NeutralizeOptions;
import ai.insightpulse.odooops.lifecycle.internal.PostgresServer;
import ai.insightpulse.odooops.cli.SummaryOutput;
import ai.insightpulse.odooops.lifecycle.internal.CopyFailure;
import ai.insightpulse.odooops.lifecycle.internal.CopyNames;
import ai.insightpulse.odooops.lifecycle.internal.CopySource;
import ai.insightpulse.odooops.lifecycle.internal.PauseHook;
import ai.insightpulse.odooops.lifecycle.internal.PgClientTools;
import ai.insightpulse.odooops.lifecycle.internal.StagedCopy;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ConfigVariables;
import ai.insightpulse.odooops.neutralize.DatabaseNames;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.RunStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code clone} and {@code restore} share: the hard stops on the target name (before any connection), the
 * staged copy, and exactly one summary line on stdout on every path.
 */
final class CopyRun {

    private CopyRun() {
    }

    /**
     * Validates, runs the staged copy of {@code source} and prints the summary line.
     *
     * @param sourceCheck extra validation of the source; returns a reason to refuse, or empty
     * @return the exit code
     */
    static int execute(String command, Map<String, String> environment, CopyOptions options, CopySource source,
                       Supplier<Optional<String>> sourceCheck, PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        String target = options.target;
        Optional<Environment> env = DatabaseNames.environmentOf(target);
        Map<String, String> vars = options.variables(environment, env.map(Environment::ipaiName).orElse(null));
        Optional<String> refusal = refusal(target, env).or(sourceCheck);
        if (refusal.isEmpty() && !"YES".equals(vars.get(ConfigVariables.IPAI_NEUTRALIZE_CONFIRM))) {
            refusal = Optional.of(command + " replaces " + target
                    + ": confirm with --yes (or IPAI_NEUTRALIZE_CONFIRM=YES)");
        }
        NeutralizeConfig config = null;
        if (refusal.isEmpty()) {
            try {
                config = ConfigVariables.read(vars, false);
            } catch (ConfigException e) {
                refusal = Optional.of(e.getMessage());
            }
        }
        if (refusal.isPresent()) {
            err.println("odooops " + command + ": " + refusal.get());
            err.flush();
            vars.put(ConfigVariables.DB_NAME, target);
            return NeutralizeOptions.printConfigError(out, vars, false, refusal.get(), elapsed(started));
        }

        PostgresServer server = PostgresServer.of(config, options.maintenanceDb, "odooops-" + command);
        StagedCopy copy = new StagedCopy(server, config, options.keepPrevious,
                PgClientTools.from(environment, options.pgBin), new PauseHook(environment, err), err, command);
        NeutralizationResult result;
        try {
            NeutralizationResult neutralized = copy.run(source);
            result = new NeutralizationResult(neutralized.environment(), neutralized.database(), false,
                    neutralized.status(), neutralized.targets(), neutralized.unresolvedAllowlist(),
                    neutralized.odooSeries(), elapsed(started), Optional.empty());
        } catch (CopyFailure e) {
            err.println("odooops " + command + ": " + e.failure().message()
                    + (e.failure().kind() == Failure.Kind.CONFIG ? "" : "; " + target + " was left as it was"));
            err.flush();
            result = new NeutralizationResult(Optional.of(config.environment().ipaiName()), Optional.of(target),
                    false, RunStatus.ERROR, List.of(), List.of(), Optional.empty(), elapsed(started),
                    Optional.of(e.failure()));
        }
        SummaryOutput.print(out, result, environment);
        return result.exitCode().code();
    }

    /** Why the target name is refused, checked before anything connects. */
    static Optional<String> refusal(String target, Optional<Environment> env) {
        if (!DatabaseNames.isSafeIdentifier(target)) {
            return Optional.of("--to '" + ConfigException.printable(target)
                    + "' is not a database name (a-z, 0-9 and _ only)");
        }
        if (env.isEmpty()) {
            return Optional.of("refusing --to " + target + ": the contract neutralizes only " + DatabaseNames.STAGE
                    + ", " + DatabaseNames.DEV + " and " + DatabaseNames.DEV + "_<suffix>, so Odoo could serve "
                    + target + " un-neutralized");
        }
        if (!env.get().requiresNeutralization()) {
            return Optional.of("refusing --to " + target + ": the contract never neutralizes production, and a copy "
                    + "published there would replace it");
        }
        if (target.length() > CopyNames.MAX_TARGET_LENGTH) {
            return Optional.of("--to " + target + " is longer than " + CopyNames.MAX_TARGET_LENGTH
                    + " characters, which leaves no room for the temporary names");
        }
        return Optional.empty();
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
