package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JSON-RPC 2.0 over real HTTP: every method, both envelopes, batches, notifications and every error code. Apply
 * and its refusals are in {@link ApplyTest}; this class never writes, so one agent serves all its tests.
 */
class JsonRpcTest {

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
    void statusAnswersTheCachedStatus() {
        JsonNode r = fx.call("neutralization.status");
        assertThat(r.path("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(r.path("id").asInt()).isEqualTo(7);
        assertThat(r.path("result").path("db").asText()).isEqualTo(fx.db.name());
        assertThat(r.path("result").path("active_non_allowlisted_crons").asLong()).isEqualTo(5);
    }

    @Test
    void planAnswersTheDryRunSummaryOfTheLastCheck() {
        JsonNode plan = fx.call("neutralization.plan").path("result");
        assertThat(plan.path("dry_run").asBoolean()).isTrue();
        assertThat(plan.path("status").asText()).isEqualTo("dry_run");
        assertThat(plan.path("mail_servers_changed").asLong()).isEqualTo(3);
        assertThat(plan.path("crons_changed").asLong()).isEqualTo(5);
        assertThat(plan.path("already_neutralized").asBoolean()).isFalse();
        assertThat(plan.path("checked_at").asText()).isNotEmpty();
        assertThat(fx.db.count("SELECT count(*) FROM ir_cron WHERE active")).isEqualTo(7);
    }

    @Test
    void healthAndVersionAnswer() {
        assertThat(fx.call("agent.health").path("result").path("status").asText()).isEqualTo("UP");
        JsonNode v = fx.call("agent.version").path("result");
        assertThat(v.path("agent_version").asText()).isNotEmpty();
        assertThat(v.path("contract_version").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(v.path("odoo_series").asText()).isEqualTo("18.0");
    }

    @Test
    void odooEnvelopeReachesTheSameMethods() {
        JsonNode r = fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"neutralization\","
                + "\"method\":\"status\",\"args\":[]},\"id\":\"odoo-1\"}");
        assertThat(r.path("id").asText()).isEqualTo("odoo-1");
        assertThat(r.path("result").path("db").asText()).isEqualTo(fx.db.name());
        JsonNode v = fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"agent\","
                + "\"method\":\"version\"},\"id\":2}");
        assertThat(v.path("result").path("contract_version").asText()).isNotEmpty();
    }

    @Test
    void batchAnswersEveryCallInOrderAndSkipsNotifications() {
        JsonNode r = fx.rpc("[{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"no.such\",\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"neutralization\","
                + "\"method\":\"plan\",\"args\":[]},\"id\":3}]");
        assertThat(r.isArray()).isTrue();
        assertThat(r).hasSize(3);
        assertThat(r.get(0).path("id").asInt()).isEqualTo(1);
        assertThat(r.get(0).path("result").path("status").asText()).isEqualTo("UP");
        assertThat(r.get(1).path("error").path("code").asInt()).isEqualTo(-32601);
        assertThat(r.get(2).path("result").path("dry_run").asBoolean()).isTrue();
    }

    @Test
    void notificationsAloneGetNoContent() {
        HttpResponse<String> r = fx.post("/jsonrpc", "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\"}");
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        HttpResponse<String> batch = fx.post("/jsonrpc", "[{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"agent.version\"}]");
        assertThat(batch.statusCode()).isEqualTo(204);
    }

    @Test
    void invalidJsonIsAParseError() {
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":"), -32700);
        assertError(fx.rpc("[{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1},"), -32700);
        assertError(fx.rpc(""), -32700);
        assertError(fx.rpc("{\"a\":1} {\"b\":2}"), -32700);
    }

    @Test
    void wrongShapesAreInvalidRequests() {
        assertError(fx.rpc("42"), -32600);
        assertError(fx.rpc("[]"), -32600);
        assertError(fx.rpc("{\"method\":\"agent.health\",\"id\":1}"), -32600);
        assertError(fx.rpc("{\"jsonrpc\":\"1.0\",\"method\":\"agent.health\",\"id\":1}"), -32600);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":5,\"id\":1}"), -32600);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"params\":\"x\",\"id\":1}"), -32600);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":{\"x\":1}}"), -32600);
        JsonNode batch = fx.rpc("[1, \"x\", null]");
        assertThat(batch).hasSize(3);
        batch.forEach(e -> assertThat(e.path("error").path("code").asInt()).isEqualTo(-32600));
    }

    @Test
    void unknownMethodsAreNotFound() {
        assertError(fx.call("neutralization.drop_everything"), -32601);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"object\","
                + "\"method\":\"execute_kw\",\"args\":[]},\"id\":1}"), -32601);
    }

    @Test
    void unexpectedParamsAreInvalidParams() {
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"neutralization.status\",\"params\":[1],\"id\":1}"),
                -32602);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"agent.version\",\"params\":{\"x\":1},\"id\":1}"),
                -32602);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":1},\"id\":1}"), -32602);
        assertError(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"agent\","
                + "\"method\":\"health\",\"args\":{}},\"id\":1}"), -32602);
    }

    @Test
    void emptyParamsAreAccepted() {
        assertThat(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"params\":[],\"id\":1}")
                .path("result").path("status").asText()).isEqualTo("UP");
        assertThat(fx.rpc("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"params\":{},\"id\":null}")
                .path("id").isNull()).isTrue();
    }

    static void assertError(JsonNode response, int code) {
        assertThat(response.path("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(response.path("error").path("code").asInt()).as(response.toString()).isEqualTo(code);
        assertThat(response.path("error").path("message").asText()).isNotEmpty();
        assertThat(response.has("id")).isTrue();
        assertThat(response.has("result")).isFalse();
    }
}
