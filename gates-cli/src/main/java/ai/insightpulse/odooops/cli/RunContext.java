package ai.insightpulse.odooops.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the command line, handed to its command: the command environment, the control-plane policy that
 * applies (if any), and — once the command has printed its summary line — the run's outcome, from which the launcher
 * renders the evidence files and the {@code ops} row. Nothing travels through environment variables or stdout text
 * between our own components.
 */
public final class RunContext {

    private Map<String, String> environment;
    private Optional<AppliedPolicy> policy = Optional.empty();
    private NeutralizationResult result;
    private ObjectNode lifecycleLine;
    private String deploymentSource;

    RunContext(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * Lays the control plane's policy over the environment. Called once, after picocli has parsed the command line
     * (the policy depends on its {@code --to} and {@code --env}) and before the command runs: commands are created
     * before the parse, so each reads {@link #environment()} when it runs, never when it is created.
     */
    void apply(AppliedPolicy applied, Map<String, String> overlaid) {
        this.environment = Map.copyOf(overlaid);
        this.policy = Optional.of(applied);
    }

    /**
     * The process environment, with the policy's settings laid over it once one applies (from the start of the
     * command's execution, see {@link #apply}).
     */
    public Map<String, String> environment() {
        return environment;
    }

    /** The control-plane policy of the run's environment, when one applies. */
    public Optional<AppliedPolicy> policy() {
        return policy;
    }

    /** The result whose summary line the command printed, if it printed one. */
    public Optional<NeutralizationResult> result() {
        return Optional.ofNullable(result);
    }

    /** The summary object of a {@code drop} or {@code gc} line, which has no neutralization result. */
    public Optional<ObjectNode> lifecycleLine() {
        return Optional.ofNullable(lifecycleLine);
    }

    /** Called by {@link LifecycleSummaryLine#print} only. */
    void printed(ObjectNode line) {
        this.lifecycleLine = line.deepCopy();
    }

    /** What a {@code clone} or {@code restore} copied: the source database or the dump file, as given. */
    public Optional<String> deploymentSource() {
        return Optional.ofNullable(deploymentSource);
    }

    /** Records what {@link #deploymentSource()} returns. */
    public void deploymentSource(String source) {
        this.deploymentSource = source;
    }

    /** Called by {@link SummaryOutput#print} only. */
    void printed(NeutralizationResult printed) {
        this.result = printed;
    }

    /**
     * The active policy of the control plane for the run's environment.
     *
     * @param name          its name (the summary line's {@code "policy"} extra, the ops row's {@code policy_name})
     * @param rulesDocument its declared rules, a YAML document, when it has some; a {@code --rules} flag wins
     */
    public record AppliedPolicy(String name, Optional<String> rulesDocument) {
    }
}
