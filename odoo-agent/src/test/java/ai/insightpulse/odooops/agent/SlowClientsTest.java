package ai.insightpulse.odooops.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.insightpulse.odooops.agent.internal.AgentServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that connect and then send slowly or not at all (issue 11, point 4): they hold no worker, they cannot
 * keep JSON-RPC or the cached endpoints from answering, and the agent closes them after its timeouts. The agent
 * here has a 2 s read timeout and a 1.5 s idle timeout so that the whole class runs in seconds.
 */
class SlowClientsTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(1500);
    /** Scheduling slack on a busy CI host; still far below "never". */
    private static final Duration SLACK = Duration.ofSeconds(3);
    private static final String STALLED_HEADERS = "POST /jsonrpc HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n";

    private static AgentFixture fx;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void start() {
        fx = AgentFixture.dev(AgentConfig.READ_TIMEOUT + "=" + READ_TIMEOUT.toMillis() + "ms",
                AgentConfig.IDLE_TIMEOUT + "=" + IDLE_TIMEOUT.toMillis() + "ms");
        fx.awaitStatus(s -> s.path("db_up").asBoolean(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Test
    void sixteenStalledBodiesDelayNeitherApplyNorStatusAndAreClosedAfterTheReadTimeout() throws Exception {
        long stalledAt = System.nanoTime();
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            stalled.add(open(STALLED_HEADERS + "{"));
        }
        AgentFixture.sleep(200); // every one of them is in the agent's hands now

        long start = System.nanoTime();
        JsonNode applied = post("{\"jsonrpc\":\"2.0\",\"method\":\"neutralization.apply\",\"id\":1}",
                "Authorization", "Bearer " + AgentFixture.TOKEN);
        JsonNode status = post("{\"jsonrpc\":\"2.0\",\"method\":\"neutralization.status\",\"id\":2}");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(applied.path("result").path("status").asText()).isIn("ok", "no_op");
        assertThat(status.path("result").path("db").asText()).isEqualTo(fx.db.name());
        assertThat(took).as("apply and status behind 16 stalled clients").isLessThan(READ_TIMEOUT);
        assertThat(fx.db.count("SELECT count(*) FROM ir_mail_server WHERE active AND smtp_host <> 'invalid'"))
                .isZero();

        for (Socket s : stalled) {
            assertThat(closedBy(s)).as("the agent's answer to a stalled body").isEqualTo("closed");
        }
        Duration closedAfter = Duration.ofNanos(System.nanoTime() - stalledAt);
        assertThat(closedAfter).isGreaterThanOrEqualTo(READ_TIMEOUT).isLessThan(READ_TIMEOUT.plus(SLACK));
    }

    @Test
    void aBodyDrippedByteByByteIsClosedAtTheReadTimeoutWhateverItsPace() throws Exception {
        long start = System.nanoTime();
        Socket dripping = open(STALLED_HEADERS);
        OutputStream out = dripping.getOutputStream();
        boolean closed = false;
        // a byte every 250 ms would keep an inactivity timeout from ever firing; 199 bytes would take ~50 s
        for (int i = 0; i < 199 && !closed; i++) {
            try {
                out.write(' ');
                out.flush();
                AgentFixture.sleep(250);
            } catch (SocketException reset) {
                closed = true;
            }
            closed = closed || Duration.ofNanos(System.nanoTime() - start).compareTo(READ_TIMEOUT.plus(SLACK)) > 0;
        }
        assertThat(closedBy(dripping)).isEqualTo("closed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(READ_TIMEOUT.plus(SLACK));
    }

    @Test
    void beyondThePermitsJsonRpcGetsAFast503WhileTheCachedEndpointsStayServed() throws Exception {
        for (int i = 0; i < AgentServer.MAX_JSON_RPC_IN_FLIGHT; i++) {
            open(STALLED_HEADERS + "[");
        }
        AgentFixture.sleep(200);

        long start = System.nanoTime();
        HttpResponse<String> busy = send(HttpRequest.newBuilder(fx.uri("/jsonrpc"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1}"))
                .build());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode error = AgentFixture.json(busy).path("error");
        assertThat(error.path("code").asInt()).isEqualTo(-32603);
        assertThat(error.path("data").path("kind").asText()).isEqualTo("busy");
        assertThat(error.path("data").path("retryable").asBoolean()).isTrue();
        for (String path : List.of("/healthz", "/readyz", "/status", "/metrics", "/")) {
            assertThat(send(HttpRequest.newBuilder(fx.uri(path)).build()).statusCode()).as(path).isIn(200, 503);
        }
        assertThat(send(HttpRequest.newBuilder(fx.uri("/healthz")).build()).statusCode()).isEqualTo(200);

        // the stalled ones are closed at the read timeout and their permits come back
        for (Socket s : sockets) {
            assertThat(closedBy(s)).isEqualTo("closed");
        }
        assertThat(post("{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"id\":1}").path("result")
                .path("status").asText()).isEqualTo("UP");
    }

    @Test
    void headersThatNeverEndAreClosedAfterTheReadTimeout() throws Exception {
        long start = System.nanoTime();
        Socket s = open("POST /jsonrpc HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        assertThat(closedBy(s)).isEqualTo("closed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(READ_TIMEOUT.plus(SLACK));
    }

    @Test
    void aConnectionWithoutARequestIsClosedAfterTheIdleTimeout() throws Exception {
        long start = System.nanoTime();
        Socket silent = open("");
        assertThat(closedBy(silent)).isEqualTo("closed");
        Duration idle = Duration.ofNanos(System.nanoTime() - start);
        assertThat(idle).isGreaterThanOrEqualTo(IDLE_TIMEOUT.minusMillis(100)).isLessThan(IDLE_TIMEOUT.plus(SLACK));

        // and so is a kept-alive connection after its last answer
        Socket kept = open("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        String answer = readUntilClosed(kept);
        assertThat(answer).startsWith("HTTP/1.1 200").contains("{\"status\":\"UP\"}");
    }

    private Socket open(String firstBytes) throws IOException {
        Socket s = new Socket("127.0.0.1", fx.agent.port());
        sockets.add(s);
        s.setSoTimeout((int) READ_TIMEOUT.plus(SLACK).plus(SLACK).toMillis());
        if (!firstBytes.isEmpty()) {
            s.getOutputStream().write(firstBytes.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
        }
        return s;
    }

    /** Waits for the agent to end the connection: "closed" when it did without a word, else what it sent. */
    private static String closedBy(Socket s) throws IOException {
        String received = readUntilClosed(s);
        return received.isEmpty() ? "closed" : received;
    }

    private static String readUntilClosed(Socket s) throws IOException {
        StringBuilder received = new StringBuilder();
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the agent kept the connection open; received so far: " + received, e);
        } catch (SocketException reset) {
            // closed with a reset: closed all the same
        }
        return received.toString();
    }

    /** A fresh client per request, so that no kept-alive connection crosses an idle timeout. */
    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode post(String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(fx.uri("/jsonrpc")).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return AgentFixture.json(send(b.build()));
    }
}
