package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.neutralize.Environment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The environment of one file (or one nginx server block), decided from evidence rather than from one naming
 * guess: agreeing evidence decides, conflicting evidence decides nothing and is reported once, no evidence is
 * reported once as unknown. The file is still checked by every rule that does not depend on its environment.
 *
 * @param environment the decided environment, empty when the evidence conflicts or there is none
 * @param evidence every piece of evidence that was weighed (the deciding ones first)
 * @param conflicting whether the evidence names more than one environment
 */
public record FileEnvironment(Optional<Environment> environment, List<EnvironmentEvidence> evidence,
                              boolean conflicting) {

    /** Keeps an immutable copy. */
    public FileEnvironment {
        evidence = List.copyOf(evidence);
    }

    /**
     * Decides from {@code placement} (where the file is used: its name, the Odoo service mounting it, the declaration
     * in {@code odooops-gates.yaml}, a labelled server name), falling back to {@code fallback} (what the file says of
     * itself, e.g. its {@code db_name}, or weaker hints) only when there is no placement evidence: a file's own
     * content naming another environment than its placement is what the rules check, not a reason to move the file.
     */
    static FileEnvironment decide(List<EnvironmentEvidence> placement, List<EnvironmentEvidence> fallback) {
        return decide(List.of(placement, fallback));
    }

    /**
     * Decides from the first tier of {@code tiers} that holds any evidence, strongest first; the later tiers are
     * kept only to explain the decision. Agreeing evidence in that tier decides, disagreeing evidence is a conflict.
     */
    static FileEnvironment decide(List<List<EnvironmentEvidence>> tiers) {
        List<EnvironmentEvidence> all = new ArrayList<>();
        tiers.forEach(all::addAll);
        List<EnvironmentEvidence> weighed = tiers.stream().filter(t -> !t.isEmpty()).findFirst().orElse(List.of());
        Set<Environment> named = environments(weighed);
        if (named.size() > 1) {
            return new FileEnvironment(Optional.empty(), weighed, true);
        }
        return new FileEnvironment(named.stream().findFirst(), all, false);
    }

    private static Set<Environment> environments(List<EnvironmentEvidence> evidence) {
        return evidence.stream().map(EnvironmentEvidence::environment)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether nothing at all told the environment. */
    public boolean unknown() {
        return evidence.isEmpty();
    }

    /** The evidence that decided, for a message: "stage by its name ('staging')". */
    public String reason() {
        return environment.map(env -> evidence.stream().filter(e -> e.environment() == env)
                .map(EnvironmentEvidence::toString).collect(Collectors.joining(", "))).orElse("");
    }

    /** Two pieces of evidence that disagree, for the conflict finding. */
    public String conflict() {
        EnvironmentEvidence first = evidence.get(0);
        EnvironmentEvidence other = evidence.stream().filter(e -> e.environment() != first.environment())
                .findFirst().orElse(first);
        return first + ", but " + other;
    }
}
