package ai.insightpulse.odooops.agent.internal;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.xnio.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side: Undertow with one I/O thread and a few workers (a sidecar on a 2-core host shares it with Odoo).
 * Cached views are sent straight from the I/O thread; only {@code /readyz} (which looks at the clock) and
 * {@code /jsonrpc} (which reads a body and may write to the database) do per-request work, the latter on a
 * worker thread.
 */
public final class AgentServer implements AutoCloseable {

    /** I/O threads: one is plenty for a handful of clients and keeps the footprint small. */
    public static final int IO_THREADS = 1;
    /** Worker threads, for JSON-RPC bodies and apply. */
    public static final int WORKER_THREADS = 4;
    /** Bytes per I/O buffer. */
    public static final int BUFFER_SIZE = 8 * 1024;
    /** Oversized bodies up to this size are read and discarded before the 413, so the client sees it. */
    public static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);
    private static final String JSON = "application/json";
    private static final HttpString CACHE_CONTROL = Headers.CACHE_CONTROL;

    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final RenderedViews views;
    private final JsonRpcEndpoint jsonRpc;
    private final Duration freshness;
    private final int maxBody;
    private final Clock clock = Clock.systemUTC();

    /**
     * @param bind      listen address
     * @param port      listen port (0: any free one)
     * @param views     the cached bodies
     * @param jsonRpc   the JSON-RPC endpoint
     * @param freshness how old the last successful check may be for {@code /readyz} to answer UP
     * @param maxBody   the request body limit
     */
    public AgentServer(String bind, int port, RenderedViews views, JsonRpcEndpoint jsonRpc, Duration freshness,
                       int maxBody) {
        this.views = views;
        this.jsonRpc = jsonRpc;
        this.freshness = freshness;
        this.maxBody = maxBody;
        RoutingHandler routes = Handlers.routing()
                .get("/", cached("text/html; charset=utf-8", RenderedViews.Views::page))
                .get("/healthz", this::healthz)
                .get("/readyz", this::readyz)
                .get("/status", cached(JSON, RenderedViews.Views::status))
                .get("/metrics", cached(MetricsExposition.CONTENT_TYPE, RenderedViews.Views::metrics))
                .post("/jsonrpc", this::jsonRpc)
                .setFallbackHandler(ex -> plain(ex, StatusCodes.NOT_FOUND, "{\"error\":\"not found\"}"))
                .setInvalidMethodHandler(ex -> plain(ex, StatusCodes.METHOD_NOT_ALLOWED,
                        "{\"error\":\"method not allowed\"}"));
        this.graceful = Handlers.gracefulShutdown(routes);
        this.undertow = Undertow.builder()
                .addHttpListener(port, bind)
                .setIoThreads(IO_THREADS)
                .setWorkerThreads(WORKER_THREADS)
                // Undertow picks 512-byte heap buffers when the heap is under 64 MiB (the launcher gives 32):
                // one direct 8 KiB buffer per request holds any cached view and keeps throughput up
                .setBufferSize(BUFFER_SIZE)
                .setDirectBuffers(true)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 16 * 1024)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 10_000)
                .setSocketOption(Options.REUSE_ADDRESSES, true)
                .setHandler(graceful)
                .build();
    }

    /** Binds and starts serving. */
    public void start() {
        undertow.start();
    }

    /** The bound port. */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    private HttpHandler cached(String contentType, java.util.function.Function<RenderedViews.Views, byte[]> body) {
        return exchange -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType).put(CACHE_CONTROL, "no-store");
            if (contentType.startsWith("text/html")) {
                exchange.getResponseHeaders()
                        .put(HttpString.tryFromString("Content-Security-Policy"),
                                "default-src 'none'; style-src 'unsafe-inline'")
                        .put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
            }
            exchange.getResponseSender().send(ByteBuffer.wrap(body.apply(views.current())));
        };
    }

    private void healthz(HttpServerExchange exchange) {
        plain(exchange, StatusCodes.OK, "{\"status\":\"UP\"}");
    }

    private void readyz(HttpServerExchange exchange) throws IOException {
        StatusDocuments.Readiness r = StatusDocuments.readiness(views.current().snapshot(), clock.instant(), freshness);
        exchange.setStatusCode(r.up() ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(JsonTrees.write(r.body())));
    }

    private void jsonRpc(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this::jsonRpc);
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
        exchange.startBlocking();
        long declared = exchange.getRequestContentLength();
        byte[] body;
        try (InputStream in = exchange.getInputStream()) {
            if (declared > maxBody) {
                tooLarge(exchange, in, declared);
                return;
            }
            body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                tooLarge(exchange, in, -1);
                return;
            }
        } catch (IOException e) {
            // the client went away mid-body: nobody to answer
            exchange.setPersistent(false);
            exchange.endExchange();
            return;
        }
        Optional<String> authorization = Optional.ofNullable(exchange.getRequestHeaders()
                .getFirst(Headers.AUTHORIZATION));
        Optional<byte[]> response = jsonRpc.handle(body, authorization);
        if (response.isEmpty()) {
            exchange.setStatusCode(StatusCodes.NO_CONTENT);
            exchange.endExchange();
            return;
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(response.get()));
    }

    /**
     * Answers 413. A client that is still sending would see a reset instead of the answer if the connection were
     * closed at once, so a body of moderate size is read and thrown away first (in 8 KiB steps, never held);
     * beyond {@link #DRAIN_LIMIT} the connection is simply closed.
     */
    private void tooLarge(HttpServerExchange exchange, InputStream in, long declared) {
        exchange.setStatusCode(StatusCodes.REQUEST_ENTITY_TOO_LARGE);
        boolean drained = false;
        if (declared <= DRAIN_LIMIT) {
            try {
                byte[] sink = new byte[8192];
                long total = 0;
                int n;
                while (total <= DRAIN_LIMIT && (n = in.read(sink)) > 0) {
                    total += n;
                }
                drained = total <= DRAIN_LIMIT;
            } catch (IOException e) {
                drained = false;
            }
        }
        exchange.setPersistent(drained);
        exchange.getResponseSender().send(ByteBuffer.wrap(jsonRpc.tooLarge(maxBody)));
    }

    private static void plain(HttpServerExchange exchange, int status, String json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Stops accepting, lets requests in flight finish (up to 5 s), then stops Undertow. */
    @Override
    public void close() {
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(5_000)) {
                LOG.warn("requests still in flight after 5 s; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
    }
}
