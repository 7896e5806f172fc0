package ai.insightpulse.odooops.training;

import ai.insightpulse.odooops.agent.AgentConfig;
import ai.insightpulse.odooops.agent.OdooAgent;
import ai.insightpulse.odooops.agent.internal.AgentLogging;
import ai.insightpulse.odooops.agent.internal.NoPlatformMBeanServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The build's training run for the agent's class-data-sharing archive ({@code bin/odooops-agent} maps it instead
 * of parsing and verifying ~4,700 classes, which is most of the agent's footprint): an agent against
 * {@link TrainingDatabase}, a wire-protocol stand-in, serving every endpoint and JSON-RPC method a sidecar serves,
 * errors included, then stopped. Prints nothing; exits non-zero when the agent does not answer as it should.
 * Build-only: {@code bin/cds-archive JAR ai.insightpulse.odooops.training.AgentTraining} runs it with this module's
 * jar beside the agent's.
 *
 * <p>Requests are written on a plain socket: the archive should hold what the agent loads, not an HTTP client's
 * classes, since the JVM maps every page of it.
 */
public final class AgentTraining {

    private static final String TOKEN = "cds-training-token-0123456789abcdef";

    private AgentTraining() {
    }

    /** Runs the training. */
    public static void main(String[] args) throws InterruptedException {
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true));
        try (TrainingDatabase db = TrainingDatabase.start()) {
            AgentLogging.configure(false);
            // as the agent's main does: the archive holds what a real agent loads
            NoPlatformMBeanServer.install();
            Map<String, String> variables = new HashMap<>(db.variables());
            variables.put(AgentConfig.TOKEN, TOKEN);
            AgentConfig config = AgentConfig.read(variables, List.of("--port=0", "--interval=1s", "--enforce"));
            try (OdooAgent agent = OdooAgent.start(config)) {
                awaitFirstCheck(agent);
                train(agent);
            }
        } finally {
            System.setErr(stderr);
        }
    }

    private static void awaitFirstCheck(OdooAgent agent) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (request(agent, "GET", "/readyz", null, null).startsWith("HTTP/1.1 200")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the training agent never became ready");
    }

    private static void train(OdooAgent agent) {
        for (int round = 0; round < 3; round++) {
            for (String path : List.of("/healthz", "/readyz", "/status", "/metrics", "/")) {
                expect(request(agent, "GET", path, null, null), "200");
            }
            expect(request(agent, "GET", "/nothing-here", null, null), "404");
            for (String method : List.of("neutralization.status", "neutralization.plan", "agent.health",
                    "agent.version")) {
                expect(rpc(agent, "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1}", null), "200");
            }
            expect(rpc(agent, "{\"jsonrpc\":\"2.0\",\"method\":\"neutralization.apply\",\"id\":2}", TOKEN), "200");
            expect(rpc(agent, "{\"jsonrpc\":\"2.0\",\"method\":\"neutralization.apply\",\"id\":3}", null), "200");
            expect(rpc(agent, "[{\"jsonrpc\":\"2.0\",\"method\":\"agent.version\",\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\"}]", null), "200");
            expect(rpc(agent, "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"neutralization\","
                    + "\"method\":\"status\",\"args\":[]},\"id\":4}", null), "200");
            expect(rpc(agent, "{\"jsonrpc\":\"2.0\",\"method\":\"no.such.method\",\"id\":5}", null), "200");
            expect(rpc(agent, "{\"jsonrpc\":\"2.0\",\"method\":", null), "200");
            expect(rpc(agent, "{\"jsonrpc\":\"2.0\",\"method\":\"agent.health\",\"params\":7,\"id\":6}", null), "200");
            // the refusals a hostile client triggers: a batch over the limit, a body over the parser's limits
            expect(rpc(agent, "[" + "{},".repeat(100) + "{}]", null), "200");
            expect(rpc(agent, "[".repeat(64), null), "200");
        }
    }

    private static String rpc(OdooAgent agent, String body, String token) {
        return request(agent, "POST", "/jsonrpc", body, token);
    }

    private static void expect(String response, String status) {
        if (!response.startsWith("HTTP/1.1 " + status)) {
            int end = response.indexOf('\r');
            throw new IllegalStateException("training request answered "
                    + (end < 0 ? response : response.substring(0, end)) + ", not " + status);
        }
    }

    /** One HTTP/1.1 request on its own connection; returns the whole response. */
    private static String request(OdooAgent agent, String method, String path, String body, String token) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), agent.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
