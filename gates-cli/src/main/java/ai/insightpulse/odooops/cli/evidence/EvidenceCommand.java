package ai.insightpulse.odooops.cli.evidence;

import ai.insightpulse.odooops.cli.evidence.prune.PruneCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code odooops evidence SUBCOMMAND}: housekeeping of the evidence runs leave. Holds nothing but its subcommands, so
 * that registering it (which {@code neutralize} never does) costs nothing and {@code neutralize} never loads
 * {@code prune}.
 */
@Command(name = "evidence",
        mixinStandardHelpOptions = true,
        description = "Housekeeping of run evidence (--evidence-dir files, --evidence-db rows).",
        subcommands = PruneCommand.class)
public final class EvidenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Used by picocli. */
    public EvidenceCommand() {
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("odooops evidence: name a subcommand: prune (see odooops evidence --help)");
        return 1;
    }
}
