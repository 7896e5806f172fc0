package ai.insightpulse.odooops.cli.gate.input;

import ai.insightpulse.odooops.cli.gate.GateInputException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON file as VS Code writes {@code .devcontainer/devcontainer.json} (JSONC): comments and trailing commas are
 * accepted, duplicate keys are not. Read as the list of its scalar values with their property name and line.
 */
public final class JsonWithComments {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String path;
    private final List<ConfigValue> values;

    private JsonWithComments(String path, List<ConfigValue> values) {
        this.path = path;
        this.values = List.copyOf(values);
    }

    /**
     * Parses {@code file}.
     *
     * @throws GateInputException on invalid JSON(C), with the line
     */
    public static JsonWithComments parse(TextFile file) {
        List<ConfigValue> values = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(String.join("\n", file.lines()))) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new GateInputException(file.path(), 1, "expected a JSON object");
            }
            while (token != null) {
                if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                    values.add(new ConfigValue(file.path(), parser.currentTokenLocation().getLineNr(),
                            parser.currentName(), parser.getText()));
                }
                token = parser.nextToken();
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new GateInputException(file.path(), line, "invalid JSON: " + e.getOriginalMessage()
                    .lines().findFirst().orElse("unreadable")
                    // a quoted token could be a value the file should not have held: keep only short ones
                    .replaceAll("'[^']{4,}'", "'...'"));
        } catch (IOException e) {
            throw new GateInputException(file.path(), 0, "cannot read: " + e.getMessage());
        }
        return new JsonWithComments(file.path(), values);
    }

    /** The repository-relative path. */
    public String path() {
        return path;
    }

    /** Every scalar value with its property name (the enclosing one for array items) and line. */
    public List<ConfigValue> values() {
        return values;
    }
}
