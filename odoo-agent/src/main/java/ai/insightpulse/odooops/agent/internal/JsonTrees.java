package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.summary.JsonTreeWriter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Jackson trees to and from bytes through Jackson's streaming parser and generator, without an
 * {@code ObjectMapper}. A mapper is the wrong tool in a sidecar that only moves trees: building one loads some
 * 370 of Jackson's classes and a few hundred of the JDK's (locale data, reflection, generic signatures), about
 * 12 MiB of class metadata for serializer and deserializer look-ups a tree never needs, which alone put the
 * agent over its memory budget ({@code bench/agent.sh}). The generator writes exactly what a default mapper
 * writes for the same tree ({@code 1E+400} stays {@code 1E+400}).
 */
public final class JsonTrees {

    private static final JsonFactory WRITING = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** The UTF-8 JSON text of {@code node}. */
    public static byte[] write(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = WRITING.createGenerator(out)) {
            JsonTreeWriter.write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON tree to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads one JSON value from {@code parser} (fresh, not yet advanced) and requires the input to end there.
     * Integers come back as {@link java.math.BigInteger}s and decimals as {@link java.math.BigDecimal}s, so any
     * number is kept exactly as sent.
     *
     * @return the value, or {@link MissingNode} when the input holds none
     * @throws IOException the parser's error (its message and location say where), also for trailing content
     */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode value = value(parser, first);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "trailing content after the JSON value");
        }
        return value;
    }

    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    o.set(name, value(p, p.nextToken()));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    a.add(value(p, t));
                }
                yield a;
            }
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(p, "unexpected " + token);
        };
    }
}
