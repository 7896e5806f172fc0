package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.OdooOpsCli;
import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.input.ComposeFile;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.TextFile;
import ai.insightpulse.odooops.neutralize.ContractVersion;
import ai.insightpulse.odooops.neutralize.Environment;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code neutralization}: the seeds' {@code odoo-env-neutralization-gate.yml}, without Python. Compose services state
 * their environment; the seeds' four-row dry-run matrix runs against our own {@code neutralize} command, in
 * process; the contract version the customer's docs state is ours.
 */
public final class NeutralizationCheck implements GateCheck {

    /** One row of the seeds' CI behavioural matrix (architecture §8). */
    record MatrixRow(String name, String ipaiEnv, String dbName, Set<Integer> expectedExits) {
    }

    static final List<MatrixRow> MATRIX = List.of(
            new MatrixRow("valid stage", "stage", "odoo_stage", Set.of(0, 2)),
            new MatrixRow("unknown env", "unknown", "odoo_dev", Set.of(1)),
            new MatrixRow("DB mismatch", "stage", "odoo_prod", Set.of(1)),
            new MatrixRow("prod no-op", "prod", "odoo_prod", Set.of(0)));

    private static final Pattern CONTRACT_VERSION =
            Pattern.compile("(?i)contract version\\W{0,6}(\\d+\\.\\d+\\.\\d+)");

    @Override
    public Gate gate() {
        return Gate.NEUTRALIZATION;
    }

    @Override
    public List<Finding> check(CustomerRepo repo) {
        List<Finding> findings = new ArrayList<>();
        for (Environment env : repo.environments()) {
            composeWiring(repo, env, findings);
        }
        findings.addAll(dryRunMatrix(MATRIX));
        contractVersion(repo, findings);
        return findings;
    }

    private static void composeWiring(CustomerRepo repo, Environment env, List<Finding> findings) {
        String path = repo.composePath(env).orElse(null);
        if (path == null) {
            return;
        }
        var compose = repo.compose(env);
        if (compose.isEmpty()) {
            if (env.requiresNeutralization()) {
                findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISSING, path, 0,
                        "the " + env.ipaiName() + " compose file is missing, so nothing shows IPAI_ENV="
                                + env.ipaiName() + " is set"));
            }
            return;
        }
        List<ComposeFile.Service> services = repo.odooServices(env);
        if (services.isEmpty()) {
            findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISSING, path, 0,
                    "no Odoo service found (a service whose name or image contains 'odoo', or odoo_services in "
                            + "odooops-gates.yaml)"));
        }
        for (ComposeFile.Service service : services) {
            ConfigValue ipai = service.environment().get("IPAI_ENV");
            ConfigValue stage = service.environment().get("ODOO_STAGE");
            if (ipai == null && stage == null) {
                findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISSING, path, service.line(),
                        "service " + service.name() + " sets no IPAI_ENV; expected IPAI_ENV=" + env.ipaiName()));
            } else if (ipai != null && ipai.value() == null) {
                findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISSING, path, ipai.line(),
                        "service " + service.name() + " passes IPAI_ENV through from the shell; the file must state "
                                + "IPAI_ENV=" + env.ipaiName()));
            } else if (ipai != null && !env.ipaiName().equals(ipai.value())) {
                findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISMATCH, path, ipai.line(),
                        "service " + service.name() + " sets IPAI_ENV=" + ipai.value() + " in the "
                                + env.ipaiName() + " compose file; expected IPAI_ENV=" + env.ipaiName()));
            }
            if (stage != null && stage.value() != null
                    && Environment.fromOdooStage(stage.value()).filter(env::equals).isEmpty()) {
                findings.add(Finding.at(Rule.NEUTRALIZATION_ODOO_STAGE_MISMATCH, path, stage.line(),
                        "service " + service.name() + " sets ODOO_STAGE=" + stage.value() + " in the "
                                + env.ipaiName() + " compose file; expected ODOO_STAGE=" + env.odooStageName()));
            }
        }
    }

    /** The findings of running {@code rows}: one per row whose exit code or summary line is not as expected. */
    static List<Finding> dryRunMatrix(List<MatrixRow> rows) {
        List<Finding> findings = new ArrayList<>();
        for (MatrixRow row : rows) {
            dryRun(row, findings);
        }
        return findings;
    }

    /**
     * Runs one row through {@code odooops neutralize --dry-run} in this process. The valid-stage row must not
     * connect anywhere real: it points at a closed local port, so the contract's answer is exit 2 (DB
     * unreachable), or 0 if something answers — never 1.
     */
    private static void dryRun(MatrixRow row, List<Finding> findings) {
        Map<String, String> vars = Map.of(
                "IPAI_ENV", row.ipaiEnv(),
                "DB_NAME", row.dbName(),
                "DB_HOST", "127.0.0.1",
                "DB_PORT", "9",
                "DB_USER", "odooops_gate",
                "DB_CONNECT_TIMEOUT", "1s");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The valid-stage row is meant to fail connecting; the engine's error log line (SLF4J on System.err)
        // would read as a failure of the gate, so this row's System.err is set aside, and only for this call.
        PrintStream realErr = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            exit = OdooOpsCli.run(new String[] {"neutralize", "--dry-run"}, vars, new PrintWriter(out),
                    new PrintWriter(err));
        } finally {
            System.setErr(realErr);
        }
        long summaries = out.toString().lines().filter(l -> l.startsWith("NEUTRALIZE_SUMMARY: ")).count();
        if (!row.expectedExits().contains(exit) || summaries != 1) {
            findings.add(Finding.at(Rule.NEUTRALIZATION_DRY_RUN_MATRIX, null, 0, "row '" + row.name()
                    + "' (IPAI_ENV=" + row.ipaiEnv() + " DB_NAME=" + row.dbName() + " --dry-run) exited " + exit
                    + " with " + summaries + " NEUTRALIZE_SUMMARY line(s); expected exit "
                    + String.join(" or ", row.expectedExits().stream().sorted().map(String::valueOf).toList())
                    + " and exactly one line"));
        }
    }

    private static void contractVersion(CustomerRepo repo, List<Finding> findings) {
        boolean stated = false;
        for (TextFile doc : repo.docs()) {
            for (int i = 0; i < doc.lines().size(); i++) {
                Matcher m = CONTRACT_VERSION.matcher(doc.lines().get(i));
                while (m.find()) {
                    stated = true;
                    if (!ContractVersion.VALUE.equals(m.group(1))) {
                        findings.add(Finding.at(Rule.NEUTRALIZATION_CONTRACT_VERSION_MISMATCH, doc.path(), i + 1,
                                "the docs state contract version " + m.group(1) + "; odooops implements "
                                        + ContractVersion.VALUE));
                    }
                }
            }
        }
        if (!stated) {
            findings.add(Finding.at(Rule.NEUTRALIZATION_CONTRACT_VERSION_MISSING, null, 0,
                    "no document under " + String.join(", ", repo.config().docs())
                            + " states 'Contract version: X.Y.Z'; odooops implements " + ContractVersion.VALUE));
        }
    }
}
