package ai.insightpulse.odooops.agent;

import ai.insightpulse.odooops.neutralize.testing.OdooDatabase;
import ai.insightpulse.odooops.neutralize.testing.ProdLikeSeed;
import ai.insightpulse.odooops.neutralize.testing.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A seeded Odoo 18.0 database with an agent in front of it, on a free port, and an HTTP client for it. */
final class AgentFixture implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789abcdef";
    static final String DB_PASSWORD = "db-pass-9c1e77a4b2";
    static final Duration INTERVAL = Duration.ofMillis(400);
    static final ObjectMapper JSON = new ObjectMapper();

    final OdooDatabase db;
    final OdooAgent agent;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AgentFixture(OdooDatabase db, OdooAgent agent) {
        this.db = db;
        this.agent = agent;
    }

    /** A seeded, not yet neutralized dev database and an agent with a token. */
    static AgentFixture dev(String... settings) {
        OdooDatabase db = OdooDatabase.createDev("18.0");
        ProdLikeSeed.seed(db);
        return start(db, "dev", settings);
    }

    /** An agent on {@code db} in {@code env}; settings are extra {@code NAME=value} variables. */
    static AgentFixture start(OdooDatabase db, String env, String... settings) {
        Map<String, String> vars = variables(db, env);
        vars.put(AgentConfig.TOKEN, TOKEN);
        for (String s : settings) {
            String[] kv = s.split("=", 2);
            if (kv.length == 1) {
                vars.remove(kv[0]);
            } else {
                vars.put(kv[0], kv[1]);
            }
        }
        try {
            return new AgentFixture(db, OdooAgent.start(AgentConfig.read(vars, List.of())));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Map<String, String> variables(OdooDatabase db, String env) {
        Map<String, String> vars = new HashMap<>(db.variables(env));
        // trust authentication ignores it, but it must never show anywhere
        vars.put("DB_PASSWORD", DB_PASSWORD);
        vars.put(AgentConfig.PORT, "0");
        vars.put(AgentConfig.INTERVAL, INTERVAL.toMillis() + "ms");
        return vars;
    }

    URI uri(String path) {
        return agent.baseUri().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a JSON-RPC body and parses the answer. */
    JsonNode rpc(String body, String... headers) {
        return json(post("/jsonrpc", body, headers));
    }

    /** A 2.0 call of {@code method} without params. */
    JsonNode call(String method, String... headers) {
        return rpc("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":7}", headers);
    }

    JsonNode status() {
        return json(get("/status"));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Polls /status until {@code condition} holds; returns how long it took. */
    Duration awaitStatus(Predicate<JsonNode> condition, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = status();
            if (condition.test(last)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep(20);
        }
        throw new AssertionError("status never matched within " + timeout.toMillis() + " ms; last: " + last);
    }

    /** Waits until a check newer than now has been published. */
    JsonNode awaitNextCheck() {
        long seen = status().path("checks").asLong();
        awaitStatus(s -> s.path("checks").asLong() > seen, INTERVAL.multipliedBy(10));
        return status();
    }

    /** Polls /readyz until it answers {@code code}; returns how long it took. */
    Duration awaitReadyz(int code, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = get("/readyz").statusCode();
            if (last == code) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep(20);
        }
        throw new AssertionError("/readyz never answered " + code + " within " + timeout.toMillis()
                + " ms; last: " + last);
    }

    /** Neutralizes through JSON-RPC with the token. */
    JsonNode apply() {
        return call("neutralization.apply", "Authorization", "Bearer " + TOKEN);
    }

    /** Blocks new connections to the database and ends the agent's sessions. */
    void blockDatabase() {
        admin("ALTER DATABASE " + db.name() + " WITH ALLOW_CONNECTIONS false");
        terminateAgentSessions();
    }

    void unblockDatabase() {
        admin("ALTER DATABASE " + db.name() + " WITH ALLOW_CONNECTIONS true");
    }

    void terminateAgentSessions() {
        try (Connection c = TestPostgres.get().admin(); PreparedStatement ps = c.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND application_name = ?")) {
            ps.setString(1, db.name());
            ps.setString(2, "odooops-agent");
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agent's sessions on the database right now. */
    long agentSessions() {
        try (Connection c = TestPostgres.get().admin(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND application_name = ?")) {
            ps.setString(1, db.name());
            ps.setString(2, "odooops-agent");
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String sql) {
        try (Connection c = TestPostgres.get().admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            agent.close();
        } finally {
            try {
                unblockDatabase();
            } finally {
                db.close();
            }
        }
    }
}
