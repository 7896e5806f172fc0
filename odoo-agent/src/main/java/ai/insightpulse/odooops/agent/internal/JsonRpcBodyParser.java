package ai.insightpulse.odooops.agent.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One JSON-RPC request body, parsed as its bytes arrive (Jackson's non-blocking parser) into a tree whose size is
 * bounded before anything is allocated for it: the parser refuses nesting, strings, names, numbers and token counts
 * over {@link #CONSTRAINTS}, and the entries of a top-level batch are counted as they start, so the 101st call
 * stops the parse. A refused body is not parsed further; its remaining bytes only need counting.
 *
 * <p>Why streaming: a 256 KiB body of {@code {}} is some 87,000 objects, about 6 MiB of tree, built before any
 * size of it could be checked; four such requests at once were more than the agent's 32 MiB heap. Here the worst
 * a body can hold while it is parsed is {@value #MAX_TOKENS} tokens (a few hundred KiB of tree), whatever
 * {@code --max-body} says, and no body is ever held whole in memory.
 *
 * <p>Not thread-safe: one instance per request, fed from one thread at a time.
 */
public final class JsonRpcBodyParser {

    /** The deepest nesting accepted; real calls nest three or four levels. */
    public static final int MAX_DEPTH = 32;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest string value accepted, in characters: far above any method name or id. */
    public static final int MAX_STRING_LENGTH = 4096;
    /** The longest member name accepted, in characters: the names of a call are all short. */
    public static final int MAX_NAME_LENGTH = 256;
    /**
     * The most tokens a body may hold: a call in Odoo's envelope is some 20 tokens, so a full batch of
     * {@value JsonRpcEndpoint#MAX_BATCH} fits twice over.
     */
    public static final int MAX_TOKENS = 4096;

    /** The parser's limits, enforced by Jackson while it reads, before a token is handed over. */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxTokenCount(MAX_TOKENS)
            .build();

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What a body turned out to be once it ended. */
    public sealed interface Parsed {
    }

    /** A well-formed JSON value within every limit. */
    public record Value(JsonNode tree) implements Parsed {
    }

    /** Not JSON, or over the parser's limits ({@code -32700}); {@code detail} never quotes the body. */
    public record Malformed(String detail) implements Parsed {
    }

    /** A batch of more than {@value JsonRpcEndpoint#MAX_BATCH} calls ({@code -32600}), refused at the 101st. */
    public record BatchTooLong() implements Parsed {
    }

    private final int maxBatch;
    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
    private String name;
    private JsonNode root;
    private int batchEntries;
    private Parsed refused;

    JsonRpcBodyParser(int maxBatch) {
        this.maxBatch = maxBatch;
        try {
            this.parser = FACTORY.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new IllegalStateException("Jackson's non-blocking parser is unavailable", e);
        }
        this.feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    /**
     * Parses the next bytes of the body.
     *
     * @return false once the body is refused: later bytes need not be fed (they are ignored)
     */
    public boolean feed(byte[] chunk) {
        if (refused != null) {
            return false;
        }
        if (chunk.length == 0) {
            return true;
        }
        try {
            feeder.feedInput(chunk, 0, chunk.length);
            drain();
        } catch (IOException e) {
            refuse(new Malformed(reason(e)));
        } catch (BatchOverLimit e) {
            refuse(new BatchTooLong());
        }
        return refused == null;
    }

    /** Ends the body and says what it was. */
    public Parsed finish() {
        if (refused == null) {
            try {
                feeder.endOfInput();
                drain();
                if (root == null) {
                    refuse(new Malformed(open.isEmpty() ? "empty body" : "not valid JSON: the body ends early"));
                }
            } catch (IOException e) {
                refuse(new Malformed(reason(e)));
            } catch (BatchOverLimit e) {
                refuse(new BatchTooLong());
            }
        }
        close();
        return refused != null ? refused : new Value(root);
    }

    private void drain() throws IOException {
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.NOT_AVAILABLE; t = parser.nextToken()) {
            token(t);
        }
    }

    private void token(JsonToken t) throws IOException {
        if (t == JsonToken.FIELD_NAME) {
            name = parser.currentName();
            return;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            open.pop();
            return;
        }
        if (root != null && open.isEmpty()) {
            throw new JsonParseException(parser, "trailing content after the JSON value");
        }
        if (open.size() == 1 && root.isArray() && ++batchEntries > maxBatch) {
            throw new BatchOverLimit();
        }
        JsonNode value = switch (t) {
            case START_OBJECT -> NODES.objectNode();
            case START_ARRAY -> NODES.arrayNode();
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(number().getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(number().getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected " + t);
        };
        ContainerNode<?> parent = open.peek();
        if (parent == null) {
            root = value;
        } else if (parent instanceof ObjectNode o) {
            o.set(name, value);
        } else {
            ((ArrayNode) parent).add(value);
        }
        if (value instanceof ContainerNode<?> c) {
            open.push(c);
        }
    }

    /**
     * The non-blocking parser accumulates a number's digits before it checks their count (Jackson 2.20): checked
     * here before the text becomes a {@link java.math.BigInteger}, whose conversion of long digit strings is
     * quadratic.
     */
    private JsonParser number() throws IOException {
        if (parser.getTextLength() > MAX_NUMBER_LENGTH) {
            throw new StreamConstraintsException("number of " + parser.getTextLength() + " characters");
        }
        return parser;
    }

    private void refuse(Parsed why) {
        refused = why;
        root = null;
        open.clear();
        close();
    }

    private void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing is held but buffers, which close hands back to Jackson's recycler
        }
    }

    private static String reason(IOException e) {
        // never echo the body (it may hold anything, a token included): say where, or which limit, only
        if (e instanceof StreamConstraintsException) {
            return "over the parser's limits (nesting depth " + MAX_DEPTH + ", numbers of " + MAX_NUMBER_LENGTH
                    + " digits, strings of " + MAX_STRING_LENGTH + " characters, names of " + MAX_NAME_LENGTH
                    + " characters, " + MAX_TOKENS + " tokens)";
        }
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return "not valid JSON at line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr();
        }
        return "not valid JSON";
    }

    /** The 101st entry of a top-level batch has started. */
    private static final class BatchOverLimit extends RuntimeException {
        BatchOverLimit() {
            super(null, null, false, false);
        }
    }
}
