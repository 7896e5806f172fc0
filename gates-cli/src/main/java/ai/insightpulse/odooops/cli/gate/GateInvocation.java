package ai.insightpulse.odooops.cli.gate;

import ai.insightpulse.odooops.cli.gate.check.GateRunner;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.GatesConfigFile;
import ai.insightpulse.odooops.cli.gate.input.RepoFiles;
import ai.insightpulse.odooops.cli.gate.report.ReportFormat;
import ai.insightpulse.odooops.neutralize.Environment;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run of {@code odooops gate}: validates the arguments, reads the configuration, runs the gates and prints the
 * report. Each unreadable input is one line on stderr naming the file and line, and makes the exit code 2; a gate it
 * stopped reports it, the others run. Only an unreadable {@code odooops-gates.yaml}, which every gate needs, ends
 * the run before any gate.
 */
final class GateInvocation {

    private static final int INPUT_ERROR = 2;

    private final String gate;
    private final Path repo;
    private final String format;
    private final Optional<String> deployEnv;
    private final Map<String, String> environment;

    GateInvocation(String gate, Path repo, String format, Optional<String> deployEnv, Map<String, String> environment) {
        this.gate = gate;
        this.repo = repo;
        this.format = format;
        this.deployEnv = deployEnv;
        this.environment = environment;
    }

    int run(PrintWriter out, PrintWriter err) {
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage(err, "unknown format '" + format + "' (text, json, github, sarif)");
        }
        List<Gate> gates;
        if ("all".equals(gate)) {
            gates = Gate.all();
        } else {
            Optional<Gate> one = Gate.fromCliName(gate);
            if (one.isEmpty()) {
                return usage(err, "unknown gate '" + gate + "' (" + String.join(", ",
                        Gate.all().stream().map(Gate::cliName).toList()) + ", all)");
            }
            gates = List.of(one.get());
        }
        if (deployEnv.isPresent()) {
            if (!gates.equals(List.of(Gate.BUCKET_PREFIX))) {
                return usage(err, "--deploy-env applies to the bucket-prefix gate only");
            }
            String d = deployEnv.get();
            if (!d.equals("preview") && Environment.fromIpaiEnv(d).or(() -> Environment.fromOdooStage(d)).isEmpty()) {
                return usage(err, "unknown --deploy-env '" + d + "' (preview, staging, production)");
            }
        }
        if (!Files.isDirectory(repo)) {
            return usage(err, "--repo " + repo + " is not a directory");
        }
        try {
            // the configuration itself is read within the default limit: it is what could raise it
            RepoFiles files = new RepoFiles(repo.toAbsolutePath().normalize(), GatesConfig.defaults().maxFileBytes());
            GatesConfig config = GatesConfigFile.read(files);
            CustomerRepo customer = new CustomerRepo(new RepoFiles(files.root(), config.maxFileBytes()), config);
            GateReport report = new GateRunner(deployEnv, environment).run(gates, customer);
            for (UnreadableInput input : report.unreadable()) {
                err.println("odooops gate: cannot read " + input.describe());
            }
            err.flush();
            reportFormat.print(report, out);
            return report.exitCode();
        } catch (GateInputException e) {
            err.println("odooops gate: cannot read " + e.getMessage());
            err.flush();
            reportFormat.printInputError(e, out);
            return INPUT_ERROR;
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("odooops gate: " + message + " (see odooops gate --help)");
        err.flush();
        return INPUT_ERROR;
    }
}
