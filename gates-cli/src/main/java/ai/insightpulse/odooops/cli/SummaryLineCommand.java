package ai.insightpulse.odooops.cli;

import java.util.Map;

/**
 * A command that prints exactly one {@code NEUTRALIZE_SUMMARY:} line on stdout on every path, a mistake on its
 * command line included: {@link UsageErrorHandler} prints the configuration-error line for it, and a run stopped
 * before or during its work (the evidence database unreadable, SIGTERM) prints the line of
 * {@link #knownVariables} and {@link #knownDryRun}.
 */
public interface SummaryLineCommand {

    /** The {@code dry_run} value of the line printed for a command-line mistake. */
    boolean dryRunOnUsageError();

    /**
     * The variables of this run as far as they are known once its command line is parsed (the {@code env} and
     * {@code db} of a line printed for a run stopped early): by default the command environment itself.
     */
    default Map<String, String> knownVariables(Map<String, String> environment) {
        return environment;
    }

    /** The {@code dry_run} value of a line printed for a run stopped early. */
    default boolean knownDryRun() {
        return dryRunOnUsageError();
    }
}
