package ai.insightpulse.odooops.cli;

/**
 * A command that prints exactly one {@code NEUTRALIZE_SUMMARY:} line on stdout on every path, a mistake on its
 * command line included: {@link UsageErrorHandler} prints the configuration-error line for it.
 */
public interface SummaryLineCommand {

    /** The {@code dry_run} value of the line printed for a command-line mistake. */
    boolean dryRunOnUsageError();
}
