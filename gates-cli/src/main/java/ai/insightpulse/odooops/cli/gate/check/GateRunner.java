package ai.insightpulse.odooops.cli.gate.check;

import ai.insightpulse.odooops.cli.gate.Finding;
import ai.insightpulse.odooops.cli.gate.Gate;
import ai.insightpulse.odooops.cli.gate.GateInputException;
import ai.insightpulse.odooops.cli.gate.GateReport;
import ai.insightpulse.odooops.cli.gate.input.CustomerRepo;
import java.util.ArrayList;
import java.util.EnumMap;
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
     * Runs {@code gates} over {@code repo}. A gate that meets an input it cannot read stops there and reports it as
     * its own error; the other gates still run, so one unreadable file or a missing branch hides no finding.
     */
    public GateReport run(List<Gate> gates, CustomerRepo repo) {
        List<Finding> findings = new ArrayList<>();
        Map<Gate, GateInputException> unreadable = new EnumMap<>(Gate.class);
        for (Gate gate : gates) {
            try {
                findings.addAll(check(gate).check(repo));
            } catch (GateInputException e) {
                unreadable.put(gate, e);
            }
        }
        return GateReport.of(gates, findings, unreadable);
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
