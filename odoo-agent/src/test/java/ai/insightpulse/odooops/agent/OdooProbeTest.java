package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Odoo probe against a stub Odoo (the JDK's HTTP server) that is up, deprecated or down. */
class OdooProbeTest {

    @Test
    void aRunningOdooReportsItsServerVersion() throws IOException {
        HttpServer odoo = stubOdoo(true);
        try (AgentFixture fx = withOdoo("http://127.0.0.1:" + odoo.getAddress().getPort())) {
            fx.awaitStatus(s -> s.path("odoo").path("up").asBoolean(), Duration.ofSeconds(10));
            JsonNode o = fx.status().path("odoo");
            assertThat(o.path("server_version").asText()).isEqualTo("18.0-20251106");
            assertThat(o.path("jsonrpc").asText()).isEqualTo("ok");
            assertThat(fx.call("agent.version").path("result").path("odoo_server_version").asText())
                    .isEqualTo("18.0-20251106");
            assertThat(fx.get("/metrics").body()).contains("odooops_odoo_up 1");
            assertThat(AgentFixture.json(fx.get("/readyz")).path("components").path("odoo").path("status").asText())
                    .isEqualTo("UP");
        } finally {
            odoo.stop(0);
        }
    }

    @Test
    void anOdooWithoutTheJsonRpcRouteIsUpWithAnUnknownVersion() throws IOException {
        // Odoo 19 deprecates /jsonrpc; a proxy may not route it at all
        HttpServer odoo = stubOdoo(false);
        try (AgentFixture fx = withOdoo("http://127.0.0.1:" + odoo.getAddress().getPort())) {
            fx.awaitStatus(s -> s.path("odoo").path("up").asBoolean(), Duration.ofSeconds(10));
            JsonNode o = fx.status().path("odoo");
            assertThat(o.path("server_version").isNull()).isTrue();
            assertThat(o.path("jsonrpc").asText()).isEqualTo("unavailable");
        } finally {
            odoo.stop(0);
        }
    }

    @Test
    void anOdooThatIsDownIsReportedButDoesNotDecideReadiness() throws IOException {
        HttpServer odoo = stubOdoo(true);
        int port = odoo.getAddress().getPort();
        odoo.stop(0);
        try (AgentFixture fx = withOdoo("http://127.0.0.1:" + port)) {
            fx.apply();
            fx.awaitStatus(s -> s.path("checks").asLong() >= 2, Duration.ofSeconds(10));
            JsonNode o = fx.status().path("odoo");
            assertThat(o.path("up").asBoolean()).isFalse();
            assertThat(o.path("error").asText()).contains("/web/health");
            assertThat(fx.get("/metrics").body()).contains("odooops_odoo_up 0");
            assertThat(fx.get("/readyz").statusCode()).isEqualTo(200);
            assertThat(AgentFixture.json(fx.get("/readyz")).path("components").path("odoo").path("status").asText())
                    .isEqualTo("DOWN");
        }
    }

    private static AgentFixture withOdoo(String url) {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        ProdLikeSeed.seed(db);
        return AgentFixture.start(db, "dev", AgentConfig.ODOO_URL + "=" + url);
    }

    private static HttpServer stubOdoo(boolean withJsonRpc) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/web/health", ex -> respond(ex, 200, "{\"status\": \"pass\"}"));
        server.createContext("/jsonrpc", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!withJsonRpc) {
                respond(ex, 404, "<html>Not Found</html>");
            } else if (body.contains("\"common\"") && body.contains("\"version\"")) {
                respond(ex, 200, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {\"server_version\": "
                        + "\"18.0-20251106\", \"server_version_info\": [18, 0, 0, \"final\", 0, \"\"], "
                        + "\"server_serie\": \"18.0\", \"protocol_version\": 1}}");
            } else {
                respond(ex, 200, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": {\"code\": 200}}");
            }
        });
        server.start();
        return server;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
