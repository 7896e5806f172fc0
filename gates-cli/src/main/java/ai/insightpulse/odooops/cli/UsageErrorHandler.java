package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.ExitCode;
import java.time.Duration;
import picocli.CommandLine;

/**
 * A mistake on the command line is a configuration error: one line on stderr, exit 1, no stack trace. For a
 * {@link SummaryLineCommand} ({@code neutralize}, {@code verify}) the summary line is printed too, since every path
 * of those commands prints exactly one.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private final RunContext run;

    /**
     * With the run. The caller reads the evidence options and the policy from what picocli parsed up to the
     * mistake first, so that the run still leaves evidence.
     */
    UsageErrorHandler(RunContext run) {
        this.run = run;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        // picocli quotes the argument it could not place, which may be a URL with a password in it
        String message = ConfigException.withoutCredentials(
                ex.getMessage().lines().findFirst().orElse("invalid arguments"));
        // the root command is odooops itself: "odooops: …", not "odooops odooops: …"
        String name = cmd.getParent() == null ? "odooops" : "odooops " + cmd.getCommandName();
        cmd.getErr().println(name + ": " + message + " (see " + name + " --help)");
        if (cmd.getCommand() instanceof SummaryLineCommand command) {
            NeutralizeOptions.printConfigError(cmd.getOut(), run, run.environment(), command.dryRunOnUsageError(), message,
                    Duration.ZERO);
        }
        // for the gates, 1 means a policy violation: a bad command line is an input they could not read
        // (named, not type-checked: the neutralize path loads no gate class)
        boolean gate = cmd.getParent() != null && cmd.getParent().getParent() == null
                && "gate".equals(cmd.getCommandName());
        return gate ? 2 : ExitCode.CONFIG_ERROR.code();
    }
}
