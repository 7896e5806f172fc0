package ai.insightpulse.odooops.neutralize.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a Jackson tree through a streaming {@link JsonGenerator}, exactly as a default {@code ObjectMapper} writes
 * it ({@code 1E+400} stays {@code 1E+400}), without a mapper: its serializer machinery is some 300 classes that a
 * one-shot CLI run or a memory-bound sidecar would load for trees that never need it. The summary line and the
 * agent's documents are written with it.
 */
public final class JsonTreeWriter {

    private JsonTreeWriter() {
    }

    /**
     * Writes {@code node} as the generator's next value; a missing or POJO node is written as {@code null}.
     *
     * @throws IOException the generator's error
     */
    public static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    g.writeFieldName(e.getKey());
                    write(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(element, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> g.writeNumber(node.intValue());
                    case LONG -> g.writeNumber(node.longValue());
                    case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                    case FLOAT -> g.writeNumber(node.floatValue());
                    case DOUBLE -> g.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
                }
            }
            case BINARY -> g.writeBinary(node.binaryValue());
            case NULL, MISSING, POJO -> g.writeNull();
        }
    }
}
