package ai.insightpulse.odooops.agent;

import static ai.insightpulse.odooops.agent.JsonRpcTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile bodies: each gets a proper JSON-RPC error or HTTP 413, and the agent keeps serving with bounded memory.
 * (The launcher test repeats the worst of these against the real process under its 32 MiB heap.)
 */
class FuzzTest {

    private static AgentFixture fx;

    @BeforeAll
    static void start() {
        fx = AgentFixture.dev();
        fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void deepNestingIsAParseError() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        assertError(fx.rpc(deep), -32700);
        String deepParams = "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1,\"params\":"
                + "[".repeat(40) + "]".repeat(40) + "}";
        assertError(fx.rpc(deepParams), -32700);
    }

    @Test
    void hugeNumbersAreParseErrorsOrEchoedExactly() {
        String digits = "9".repeat(5_000);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":" + digits + "}"), -32700);
        HttpResponse<String> big = fx.post("/jsonrpc", "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1e400}");
        assertThat(big.body()).contains("\"status\":\"UP\"").contains("\"id\":1E+400");
        JsonNode longId = fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":123456789012345678901234567890}");
        assertThat(longId.path("id").bigIntegerValue().toString()).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void wrongTypesAreInvalidRequests() {
        for (String body : new String[] {"true", "null", "\"agent.health\"", "{\"jsonrpc\":2.0,\"method\":\"x\",\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":[\"agent.health\"],\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":null,\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":[1]}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":true}"}) {
            JsonNode r = fx.rpc(body);
            assertThat(r.path("error").path("code").asInt()).as(body).isIn(-32600, -32700);
        }
    }

    @Test
    void aBatchOfTenThousandCallsIsRefusedWhole() {
        String batch = "[" + "{},".repeat(9_999) + "{}]";
        JsonNode r = fx.rpc(batch);
        assertError(r, -32600);
        assertThat(r.path("error").path("data").path("detail").asText()).contains("more than 100 calls");
    }

    @Test
    void aBatchOfTenThousandRealCallsIsOverTheBodyLimit() {
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1}";
        String batch = "[" + (call + ",").repeat(9_999) + call + "]";
        HttpResponse<String> r = fx.post("/jsonrpc", batch);
        assertThat(r.statusCode()).isEqualTo(413);
        assertError(AgentFixture.json(r), -32600);
    }

    @Test
    void anOversizedBodyWithContentLengthGets413() {
        HttpResponse<String> r = fx.post("/jsonrpc", "x".repeat(AgentConfig.DEFAULT_MAX_BODY + 1));
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void anOversizedChunkedBodyGets413() {
        byte[] body = new byte[AgentConfig.DEFAULT_MAX_BODY * 4];
        HttpRequest request = HttpRequest.newBuilder(fx.uri("/jsonrpc"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> r;
        try {
            r = fx.send(request);
        } catch (IllegalStateException closedEarly) {
            // the agent may close the connection before the client has finished sending: also a refusal
            assertThat(fx.get("/healthz").statusCode()).isEqualTo(200);
            return;
        }
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void randomBytesNeverBreakTheAgentAndMemoryStaysBounded() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            byte[] junk = new byte[random.nextInt(4096) + 1];
            random.nextBytes(junk);
            if (i % 2 == 0) {
                // mostly-JSON junk reaches deeper into the parser
                for (int j = 0; j < junk.length; j++) {
                    junk[j] = (byte) "{}[]\":,0123456789eE.-truefalsnul \\"
                            .charAt(Math.floorMod(junk[j], 34));
                }
            }
            HttpResponse<String> r = fx.send(HttpRequest.newBuilder(fx.uri("/jsonrpc"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(junk)).build());
            assertThat(r.statusCode()).isIn(200, 204);
            if (r.statusCode() == 200) {
                JsonNode n = AgentFixture.json(r);
                assertThat(n.isObject() || n.isArray()).isTrue();
            }
        }
        for (int i = 0; i < 20; i++) {
            assertThat(fx.post("/jsonrpc", "[".repeat(100_000)).statusCode()).isEqualTo(200);
            assertThat(fx.post("/jsonrpc", "{}".repeat(200_000)).statusCode()).isEqualTo(413);
        }
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        assertThat(after - before).as("heap growth in bytes").isLessThan(32L * 1024 * 1024);
        assertThat(fx.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(fx.call("agent.health").path("result").path("status").asText()).isEqualTo("UP");
    }
}
