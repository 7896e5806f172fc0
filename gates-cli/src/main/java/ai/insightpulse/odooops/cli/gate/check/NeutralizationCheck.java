package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.OdooOpsCli;
import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.Rule;
import ai.insightpulse.odooops.cli.gate.input.ComposeFile;
import ai.insightpulse.odooops.cli.gate.input.ConfigValue;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo.PlacedService;
import ai.insightpulse.odooops.cli.gate.input.TextFile;
import ai.insightpulse.odooops.neutralize.ContractVersion;
import ai.insightpulse.odooops.neutralize.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        for (PlacedService service : repo.services()) {
            if (service.odoo()) {
                serviceWiring(service, findings);
            }
        }
        stagingExists(repo, findings);
        findings.addAll(dryRunMatrix(MATRIX));
        contractVersion(repo, findings);
        return findings;
    }

    /**
     * Constitution §3.3 makes staging the environment whose neutralization CI must verify, so a repository must show
     * an Odoo service of staging, in whichever compose file. Production needs no neutralization, and dev is the
     * developer's devcontainer and the PR copies odooops makes (§3.1, §4.3), so neither is required here.
     */
    private static void stagingExists(CustomerRepo repo, List<Finding> findings) {
        if (!repo.environments().contains(Environment.STAGE)
                || !repo.services(Environment.STAGE, true).isEmpty()) {
            return;
        }
        List<String> read = repo.composeFiles().stream().map(ComposeFile::path).toList();
        // in the configured per-environment layout (or with no compose file at all) the finding points where
        // staging's file belongs; otherwise at the repository as a whole, not at a file the layout never has
        boolean perEnvironmentFiles = read.isEmpty() || repo.environments().stream()
                .anyMatch(env -> repo.composePath(env).filter(read::contains).isPresent());
        String configured = perEnvironmentFiles ? repo.composePath(Environment.STAGE).orElse(null) : null;
        findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISSING, configured, 0, "no Odoo service of staging"
                + " found (" + (read.isEmpty() ? "no compose file" : "compose files read: " + String.join(", ", read))
                + "), so nothing shows IPAI_ENV=stage is set where staging runs"));
    }

    /**
     * Each Odoo service states its environment literally, and the environment it states is the one its evidence
     * decides. A service with no evidence at all necessarily states no valid IPAI_ENV or ODOO_STAGE (they are
     * evidence), so it is reported here once; a service whose evidence conflicts is {@code env-consistency}'s.
     */
    private static void serviceWiring(PlacedService placed, List<Finding> findings) {
        ComposeFile.Service service = placed.service();
        String path = placed.path();
        Optional<Environment> env = placed.environment();
        String expected = env.map(e -> "expected IPAI_ENV=" + e.ipaiName() + " (" + placed.placement().reason()
                + ")").orElse("expected IPAI_ENV=prod, stage or dev (nothing else shows its environment)");
        ConfigValue ipai = service.environment().get("IPAI_ENV");
        ConfigValue stage = service.environment().get("ODOO_STAGE");
        if (ipai == null && stage == null) {
            findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISSING, path, service.line(),
                    placed.label() + " sets no IPAI_ENV; " + expected));
        } else if (ipai != null && ipai.value() == null) {
            findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISSING, path, ipai.line(),
                    placed.label() + " passes IPAI_ENV through from the shell; the file must state it: " + expected));
        } else if (ipai != null && (env.isPresent() ? !env.get().ipaiName().equals(ipai.value())
                : !placed.placement().conflicting() && Environment.fromIpaiEnv(ipai.value()).isEmpty())) {
            findings.add(Finding.at(Rule.NEUTRALIZATION_IPAI_ENV_MISMATCH, path, ipai.line(),
                    placed.label() + " sets IPAI_ENV=" + ipai.value() + "; " + expected));
        }
        if (stage != null && stage.value() != null) {
            Optional<Environment> stated = Environment.fromOdooStage(stage.value());
            if (env.isPresent() ? stated.filter(env.get()::equals).isEmpty()
                    : !placed.placement().conflicting() && stated.isEmpty()) {
                findings.add(Finding.at(Rule.NEUTRALIZATION_ODOO_STAGE_MISMATCH, path, stage.line(),
                        placed.label() + " sets ODOO_STAGE=" + stage.value() + "; expected ODOO_STAGE="
                                + env.map(Environment::odooStageName).orElse("production, staging or development")));
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
        // the valid-stage row is meant to fail connecting: the engine returns that failure without logging it,
        // and the command reports it on its own err, which stays here
        int exit = OdooOpsCli.run(new String[] {"neutralize", "--dry-run"}, vars, new PrintWriter(out),
                new PrintWriter(err));
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
