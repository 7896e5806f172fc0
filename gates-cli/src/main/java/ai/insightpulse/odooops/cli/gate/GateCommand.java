package ai.insightpulse.odooops.cli.gate;

import ai.insightpulse.odooops.cli.RunCommand;
import ai.insightpulse.odooops.cli.RunContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code odooops gate GATE [--repo DIR] [--format text|json|github|sarif]}: the customer's CI policy gates. This
 * class holds only options; the gates, parsers and JGit load when a gate runs, so {@code neutralize} never loads
 * them.
 */
@Command(name = "gate",
        sortOptions = false,
        description = {
            "Checks a customer repository against the platform's CI policies.",
            "",
            "Gates: neutralization, email-policy, db-name, addons-path, env-consistency,",
            "secrets, bucket-prefix, promotion, or all. Paths and policy values come from",
            "odooops-gates.yaml at the repository root (optional; see docs/GATES.md).",
            "",
            "Every gate runs and reports, also when another could not read its input.",
            "",
            "Exit codes: 0 every gate passed; 1 a policy violation; 2 an input could not",
            "be read or parsed (bucket-prefix --deploy-env: 2 also when the bucket variable",
            "is missing, as the seeds' guard)."})
public final class GateCommand extends RunCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "GATE", completionCandidates = GateNames.class,
            description = "The gate to run: ${COMPLETION-CANDIDATES}.")
    private String gate;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The customer repository (default: the current directory).")
    private Path repo;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, github (workflow annotations) or sarif (code scanning).")
    private String format;

    @Option(names = "--deploy-env", paramLabel = "ENV",
            description = "bucket-prefix only: check the deploy job's own environment variable for a deploy to"
                    + " preview, staging or production, as the seeds' guard does.")
    private String deployEnv;

    /** The command, with the run (its environment is read by {@code bucket-prefix --deploy-env}). */
    public GateCommand(RunContext run) {
        super(run);
    }

    @Override
    protected int execute(PrintWriter out, PrintWriter err, long startedNanos) {
        return new GateInvocation(gate, repo, format, Optional.ofNullable(deployEnv), run().environment())
                .run(out, err);
    }

    /** The gate names picocli offers for completion and help. */
    static final class GateNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>(Gate.all().stream().map(Gate::cliName).toList());
            names.add("all");
            return names.iterator();
        }
    }
}
