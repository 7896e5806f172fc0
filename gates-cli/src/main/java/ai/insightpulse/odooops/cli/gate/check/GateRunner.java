package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.GateReport;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs gates, in order, over one customer repository, into one report. */
public final class GateRunner {

    private final Optional<String> deployEnv;
    private final Map<String, String> processEnvironment;

    /** A runner; {@code deployEnv} switches {@code bucket-prefix} to the deploy-job mode. */
    public GateRunner(Optional<String> deployEnv, Map<String, String> processEnvironment) {
        this.deployEnv = deployEnv;
        this.processEnvironment = processEnvironment;
    }

    /**
     * Runs {@code gates} over {@code repo}.
     *
     * @throws ai.insightpulse.odooops.cli.gate.GateInputException at the first input that cannot be read
     */
    public GateReport run(List<Gate> gates, CustomerRepo repo) {
        List<Finding> findings = new ArrayList<>();
        for (Gate gate : gates) {
            findings.addAll(check(gate).check(repo));
        }
        return new GateReport(gates, findings);
    }

    private GateCheck check(Gate gate) {
        return switch (gate) {
            case NEUTRALIZATION -> new NeutralizationCheck();
            case EMAIL_POLICY -> new EmailPolicyCheck();
            case DB_NAME -> new DbNameCheck();
            case ADDONS_PATH -> new AddonsPathCheck();
            case ENV_CONSISTENCY -> new EnvConsistencyCheck();
            case SECRETS -> new SecretsCheck();
            case BUCKET_PREFIX -> new BucketPrefixCheck(deployEnv, processEnvironment);
            case PROMOTION -> new PromotionCheck();
        };
    }
}
