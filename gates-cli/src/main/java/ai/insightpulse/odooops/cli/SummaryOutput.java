package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.NeutralizationResult;
import ai.insightpulse.odooops.neutralize.summary.SummaryLine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The summary line as the CLI prints it: {@link SummaryLine} plus, when a control-plane policy overrode the run's
 * settings, a last extra key {@code "policy"} naming it.
 */
public final class SummaryOutput {

    /** Set by the CLI in the command environment when a policy applied: the policy's name. */
    public static final String POLICY_VARIABLE = "ODOOOPS_POLICY_APPLIED";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryOutput() {
    }

    /** The line for {@code result} in a run whose command environment is {@code environment}. */
    public static String line(NeutralizationResult result, Map<String, String> environment) {
        String policy = environment.get(POLICY_VARIABLE);
        if (policy == null) {
            return SummaryLine.render(result);
        }
        ObjectNode json = SummaryLine.toJson(result);
        json.put("policy", policy);
        try {
            return SummaryLine.PREFIX + MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
