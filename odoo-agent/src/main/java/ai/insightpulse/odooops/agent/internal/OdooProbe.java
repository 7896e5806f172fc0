package ai.insightpulse.odooops.agent.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Probes the Odoo server: {@code GET /web/health} (Odoo 16+) for liveness and the JSON-RPC
 * {@code common.version} call for the server version. Odoo 19 deprecates the {@code /jsonrpc} route in favour of
 * its {@code /json/2} API (which needs an API key), and a proxy may not route it at all: a failing version call
 * only leaves the version unknown, it never marks Odoo down.
 */
public final class OdooProbe {

    private static final int MAX_RESPONSE = 64 * 1024;
    private static final byte[] VERSION_CALL = ("{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":"
            + "{\"service\":\"common\",\"method\":\"version\",\"args\":[]},\"id\":1}").getBytes(StandardCharsets.UTF_8);

    private final URI base;
    private final HttpClient client;
    private final Duration timeout;
    private final JsonFactory json = new JsonFactory();

    /**
     * @param base     the Odoo base URL
     * @param timeout  per request
     * @param executor where the HTTP client runs its own tasks; never the thread that calls {@link #probe()}
     */
    public OdooProbe(URI base, Duration timeout, Executor executor) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /** Probes once; never throws. */
    public OdooStatus probe() {
        boolean up;
        Optional<String> error = Optional.empty();
        try {
            HttpResponse<byte[]> health = client.send(HttpRequest.newBuilder(base.resolve("/web/health"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            up = health.statusCode() / 100 == 2;
            if (!up) {
                error = Optional.of("/web/health answered HTTP " + health.statusCode());
            }
        } catch (IOException e) {
            up = false;
            error = Optional.of("/web/health: " + oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new OdooStatus(true, false, Optional.empty(), "not_probed", Optional.of("interrupted"));
        }
        Optional<String> version = Optional.empty();
        String jsonRpc = "unavailable";
        if (up) {
            try {
                HttpResponse<byte[]> rpc = client.send(HttpRequest.newBuilder(base.resolve("/jsonrpc"))
                        .timeout(timeout).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(VERSION_CALL)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (rpc.statusCode() == 200 && rpc.body().length <= MAX_RESPONSE) {
                    JsonNode v;
                    try (JsonParser parser = json.createParser(rpc.body())) {
                        v = JsonTrees.read(parser).path("result").path("server_version");
                    }
                    if (v.isTextual() && v.asText().length() <= 64) {
                        version = Optional.of(v.asText());
                        jsonRpc = "ok";
                    }
                }
            } catch (IOException | RuntimeException e) {
                // deprecated, routed elsewhere or not JSON: the version stays unknown, Odoo is still up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new OdooStatus(true, up, version, jsonRpc, error);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
