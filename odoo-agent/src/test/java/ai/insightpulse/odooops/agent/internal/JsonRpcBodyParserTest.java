package ai.insightpulse.odooops.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A body is parsed as it arrives and refused at the first limit it crosses, before the rest is even looked at. */
class JsonRpcBodyParserTest {

    private static final int CHUNK = 8192;

    @Test
    void aBatchBombIsRefusedAtItsHundredAndFirstCallWithinTheFirstChunk() {
        // ~87,000 {} in 256 KiB: the body that took the agent's heap down when it was built whole
        byte[] bomb = ("[" + "{},".repeat(87_000) + "{}]").getBytes(StandardCharsets.US_ASCII);
        JsonRpcBodyParser parser = new JsonRpcBodyParser(JsonRpcEndpoint.MAX_BATCH);
        int chunksParsed = 0;
        for (int off = 0; off < bomb.length; off += CHUNK) {
            if (!parser.feed(Arrays.copyOfRange(bomb, off, Math.min(bomb.length, off + CHUNK)))) {
                break;
            }
            chunksParsed++;
        }
        assertThat(chunksParsed).as("chunks parsed whole before the refusal").isZero();
        assertThat(parser.finish()).isInstanceOf(JsonRpcBodyParser.BatchTooLong.class);
    }

    @Test
    void aBatchOfExactlyTheLimitIsAValue() {
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"agent\",\"method\":\"health\","
                + "\"args\":[],\"kwargs\":{}},\"id\":\"odoo-1\"}";
        JsonRpcBodyParser.Parsed parsed = parse(("[" + (call + ",").repeat(99) + call + "]").getBytes(
                StandardCharsets.UTF_8), CHUNK);
        assertThat(parsed).isInstanceOf(JsonRpcBodyParser.Value.class);
        assertThat(((JsonRpcBodyParser.Value) parsed).tree()).hasSize(100);
    }

    @Test
    void aBodySplitAnywhereGivesTheTreeJacksonReadsWhole() throws Exception {
        String body = "[{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1e400,\"params\":{\"a\":[1,2.50,"
                + "\"\\u00e9t\u00e9\",null,true,false,{}]}},{\"id\":123456789012345678901234567890}]";
        JsonRpcBodyParser.Parsed parsed = parse(body.getBytes(StandardCharsets.UTF_8), 1);
        assertThat(parsed).isInstanceOf(JsonRpcBodyParser.Value.class);
        // the reference: the blocking reader the agent used before, which keeps every number exactly as sent
        JsonNode whole = JsonTrees.read(new JsonFactory().createParser(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(((JsonRpcBodyParser.Value) parsed).tree()).isEqualTo(whole);
        assertThat(JsonTrees.write(((JsonRpcBodyParser.Value) parsed).tree())).isEqualTo(JsonTrees.write(whole));
        assertThat(((JsonRpcBodyParser.Value) parsed).tree().get(0).get("id").decimalValue().toString())
                .isEqualTo("1E+400");
    }

    @Test
    void everyLimitIsAParseErrorThatNamesTheLimitsAndNotTheBody() {
        String[] overLimits = {
            "[".repeat(JsonRpcBodyParser.MAX_DEPTH + 1),
            "{\"id\":\"" + "s".repeat(JsonRpcBodyParser.MAX_STRING_LENGTH + 1) + "\"}",
            "{\"" + "n".repeat(JsonRpcBodyParser.MAX_NAME_LENGTH + 1) + "\":1}",
            "{\"id\":" + "9".repeat(JsonRpcBodyParser.MAX_NUMBER_LENGTH + 1) + "}",
            "{\"id\":" + "9".repeat(100_000) + "}",
            "{\"id\":0." + "9".repeat(100_000) + "}",
            "{\"params\":[" + "0,".repeat(JsonRpcBodyParser.MAX_TOKENS) + "0]}",
        };
        for (String body : overLimits) {
            JsonRpcBodyParser.Parsed parsed = parse(body.getBytes(StandardCharsets.US_ASCII), CHUNK);
            assertThat(parsed).as(body.substring(0, 20)).isInstanceOf(JsonRpcBodyParser.Malformed.class);
            assertThat(((JsonRpcBodyParser.Malformed) parsed).detail()).startsWith("over the parser's limits")
                    .doesNotContain("sss").doesNotContain("nnn").doesNotContain("999");
        }
    }

    @Test
    void brokenBodiesAreParseErrors() {
        for (String body : new String[] {"", "   ", "{\"a\":1} {\"b\":2}", "{\"a\":1,\"a\":2}", "[{}", "{\"a\":",
                "nul", "{'a':1}"}) {
            JsonRpcBodyParser.Parsed parsed = parse(body.getBytes(StandardCharsets.US_ASCII), 3);
            assertThat(parsed).as(body).isInstanceOf(JsonRpcBodyParser.Malformed.class);
        }
    }

    @Test
    void aRefusedBodyIgnoresWhatFollows() {
        JsonRpcBodyParser parser = new JsonRpcBodyParser(JsonRpcEndpoint.MAX_BATCH);
        assertThat(parser.feed("{\"a\":}".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(parser.feed("{\"b\":1}".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(parser.finish()).isInstanceOf(JsonRpcBodyParser.Malformed.class);
    }

    private static JsonRpcBodyParser.Parsed parse(byte[] body, int chunk) {
        JsonRpcBodyParser parser = new JsonRpcBodyParser(JsonRpcEndpoint.MAX_BATCH);
        for (int off = 0; off < body.length; off += chunk) {
            if (!parser.feed(Arrays.copyOfRange(body, off, Math.min(body.length, off + chunk)))) {
                break;
            }
        }
        return parser.finish();
    }
}
