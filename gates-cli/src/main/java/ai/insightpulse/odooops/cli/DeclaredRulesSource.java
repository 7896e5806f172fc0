package ai.insightpulse.odooops.cli;

import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.DeclaredRules;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run's declared rules come from: the file named by {@code --rules} / {@code IPAI_NEUTRALIZE_RULES}, or
 * the {@code rules} document of the control plane's active policy ({@link RunContext#policy()}). A flag wins over the policy, the policy over the variable, as for every other
 * setting. Read and validated before any connection; a bad document is a config error naming its source.
 */
public final class DeclaredRulesSource {

    /** The rules file ({@code --rules} sets it). */
    public static final String IPAI_NEUTRALIZE_RULES = "IPAI_NEUTRALIZE_RULES";

    /** A rules document is small; anything larger is not one. */
    private static final long MAX_BYTES = 1 << 20;

    /** Built on first use: a run without rules must not load the YAML parser (NeutralizeStaysLeanTest). */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    private DeclaredRulesSource() {
    }

    /**
     * The rules of {@code policy}, when it has some; else those of the file the variables name; else
     * {@link DeclaredRules#none()}.
     *
     * @throws ConfigException when the file cannot be read or the document is not valid rules
     */
    static DeclaredRules read(Map<String, String> vars, Optional<RunContext.AppliedPolicy> policy) {
        if (policy.isPresent() && policy.get().rulesDocument().isPresent()) {
            String source = "of policy '" + ConfigException.printable(policy.get().name()) + "'";
            return DeclaredRules.parse(parse(policy.get().rulesDocument().get(), source), source);
        }
        Optional<String> file = Optional.ofNullable(vars.get(IPAI_NEUTRALIZE_RULES)).filter(f -> !f.isBlank());
        if (file.isEmpty()) {
            return DeclaredRules.none();
        }
        Path path = Path.of(file.get());
        String source = "file " + ConfigException.printable(file.get());
        String text;
        try {
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("rules " + source + ": not a readable file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new ConfigException("rules " + source + ": larger than " + MAX_BYTES + " bytes");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("rules " + source + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return DeclaredRules.parse(parse(text, source), source);
    }

    private static JsonNode parse(String text, String source) {
        try {
            JsonNode tree = Yaml.MAPPER.readTree(text);
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (JsonProcessingException e) {
            // the parser's message quotes the document, and a document may hold a secret value: position only
            JsonLocation at = e.getLocation();
            throw new ConfigException("rules " + source + ": not valid YAML"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
    }
}
