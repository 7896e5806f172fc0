package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.DatabaseNames;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;
import org.xnio.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side: Undertow with one I/O thread and a few workers (a sidecar on a 2-core host shares it with Odoo).
 * Cached views are sent straight from the I/O thread; only {@code /readyz} (which looks at the clock) and
 * {@code /jsonrpc} (which reads a body and may write to the database) do per-request work. A JSON-RPC body is
 * parsed on the I/O thread as it arrives, bounded and without waiting for it, and only a complete one is answered on
 * a worker thread: no client, however slow, holds a worker, and nothing a JSON-RPC client does can keep
 * {@code /healthz}, {@code /readyz}, {@code /metrics} or {@code /status} from being served.
 */
public final class AgentServer implements AutoCloseable {

    /** I/O threads: one is plenty for a handful of clients and keeps the footprint small. */
    public static final int IO_THREADS = 1;
    /** Worker threads, for JSON-RPC calls (apply above all) once their body has arrived. */
    public static final int WORKER_THREADS = 4;
    /** Bytes per I/O buffer. */
    public static final int BUFFER_SIZE = 8 * 1024;
    /** Oversized bodies up to this size are read and discarded before the 413, so the client sees it. */
    public static final long DRAIN_LIMIT = 8L * 1024 * 1024;
    /**
     * JSON-RPC requests served at once, from their headers to their answer; more get a fast 503. Each holds at most
     * one partly parsed body ({@link JsonRpcBodyParser#MAX_TOKENS} tokens, a few hundred KiB at worst), so all of
     * them together stay far inside the 32 MiB heap; and since no thread waits for a body, slow clients hold
     * permits, never workers.
     */
    public static final int MAX_JSON_RPC_IN_FLIGHT = 32;

    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);
    private static final String JSON = "application/json";
    private static final HttpString CACHE_CONTROL = Headers.CACHE_CONTROL;

    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final ServedViews views;
    private final JsonRpcEndpoint jsonRpc;
    private final Duration freshness;
    private final int maxBody;
    private final Duration readTimeout;
    private final Semaphore inFlight = new Semaphore(MAX_JSON_RPC_IN_FLIGHT);
    private final Clock clock = Clock.systemUTC();

    /**
     * @param bind      listen address
     * @param port      listen port (0: any free one)
     * @param views     the cached bodies (one database's or a fleet's)
     * @param jsonRpc   the JSON-RPC endpoint
     * @param freshness how old the last successful check may be for {@code /readyz} to answer UP
     * @param maxBody     the request body limit
     * @param readTimeout how long a request may take to arrive, headers and body, from its first byte
     * @param idleTimeout how long a connection may stay open without a request
     */
    public AgentServer(String bind, int port, ServedViews views, JsonRpcEndpoint jsonRpc, Duration freshness,
                       int maxBody, Duration readTimeout, Duration idleTimeout) {
        this.views = views;
        this.jsonRpc = jsonRpc;
        this.freshness = freshness;
        this.maxBody = maxBody;
        this.readTimeout = readTimeout;
        HttpHandler status = cached(JSON, ServedViews::status);
        HttpHandler metrics = cached(MetricsExposition.CONTENT_TYPE, ServedViews::metrics);
        RoutingHandler routes = Handlers.routing()
                .get("/", cached("text/html; charset=utf-8", ServedViews::page))
                .get("/healthz", this::healthz)
                .get("/readyz", this::readyz)
                .get("/status", this::status)
                .get("/metrics", metrics)
                .post("/jsonrpc", this::jsonRpc)
                .setFallbackHandler(ex -> plain(ex, StatusCodes.NOT_FOUND, "{\"error\":\"not found\"}"))
                .setInvalidMethodHandler(ex -> plain(ex, StatusCodes.METHOD_NOT_ALLOWED,
                        "{\"error\":\"method not allowed\"}"));
        // only the routes wait for in-flight requests at shutdown: what takes time is JSON-RPC (an apply on a
        // worker); a plain GET of /status or /metrics is answered within its handler call on the I/O thread, and
        // the wrapper's counting and completion listener cost ~3 % of such a request's CPU
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
                // both are closed by Undertow's own timers: a connection with no request in flight, and headers
                // that have not all arrived within the read timeout of their first byte
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, millis(idleTimeout))
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(readTimeout))
                .setSocketOption(Options.REUSE_ADDRESSES, true)
                .setHandler(new PlainGetsFirst(status, metrics, graceful))
                .build();
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }

    /** Binds and starts serving. */
    public void start() {
        undertow.start();
    }

    /** The bound port. */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /**
     * The hot path, in front of the routes: a plain {@code GET /status} or {@code GET /metrics} (no query string)
     * is answered from the pre-rendered bytes without the table's template matching (~8 % of the CPU a request
     * costs); anything else (a query string such as fleet mode's {@code ?db=}, another method or path) goes through
     * the routes.
     */
    private static final class PlainGetsFirst implements HttpHandler {

        private final HttpHandler status;
        private final HttpHandler metrics;
        private final HttpHandler routes;

        PlainGetsFirst(HttpHandler status, HttpHandler metrics, HttpHandler routes) {
            this.status = status;
            this.metrics = metrics;
            this.routes = routes;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (exchange.getQueryString().isEmpty() && exchange.getRequestMethod().equals(Methods.GET)) {
                String path = exchange.getRequestPath();
                if (path.equals("/status")) {
                    status.handleRequest(exchange);
                    return;
                }
                if (path.equals("/metrics")) {
                    metrics.handleRequest(exchange);
                    return;
                }
            }
            routes.handleRequest(exchange);
        }
    }

    private HttpHandler cached(String contentType, java.util.function.Function<ServedViews, byte[]> body) {
        boolean html = contentType.startsWith("text/html");
        return exchange -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType).put(CACHE_CONTROL, "no-store");
            if (html) {
                exchange.getResponseHeaders()
                        .put(HttpString.tryFromString("Content-Security-Policy"),
                                "default-src 'none'; style-src 'unsafe-inline'")
                        .put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
            }
            exchange.getResponseSender().send(ByteBuffer.wrap(body.apply(views)));
        };
    }

    /** {@code /status}, or with {@code ?db=NAME} one database's: cached bytes either way. */
    private void status(HttpServerExchange exchange) {
        Deque<String> db = exchange.getQueryParameters().get("db");
        if (db == null || db.isEmpty()) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
            exchange.getResponseSender().send(ByteBuffer.wrap(views.status()));
            return;
        }
        // a name that cannot be a database is not looked up (nor echoed)
        Optional<byte[]> one = db.size() == 1 && DatabaseNames.isSafeIdentifier(db.getFirst())
                ? views.status(db.getFirst()) : Optional.empty();
        if (one.isEmpty()) {
            plain(exchange, StatusCodes.NOT_FOUND, "{\"error\":\"no such database on this agent\"}");
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(one.get()));
    }

    private void healthz(HttpServerExchange exchange) {
        plain(exchange, StatusCodes.OK, "{\"status\":\"UP\"}");
    }

    private void readyz(HttpServerExchange exchange) throws IOException {
        StatusDocuments.Readiness r = views.readiness(clock.instant(), freshness);
        exchange.setStatusCode(r.up() ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(JsonTrees.write(r.body())));
    }

    private void jsonRpc(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
        if (!inFlight.tryAcquire()) {
            // fast, from the I/O thread, without reading the body: the connection is not kept
            exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
            exchange.setPersistent(false);
            exchange.getResponseSender().send(ByteBuffer.wrap(jsonRpc.busy(MAX_JSON_RPC_IN_FLIGHT)));
            return;
        }
        new BodyRead(exchange).start();
    }

    /**
     * One JSON-RPC request from its headers to its answer, holding one of the {@link #MAX_JSON_RPC_IN_FLIGHT}
     * permits throughout. The body is read without a thread: each chunk the I/O thread receives is fed to the
     * streaming parser and dropped, and a worker is taken only for a body that has fully arrived. A deadline on the
     * I/O thread closes the connection of a body that has not arrived within the read timeout of its start.
     */
    private final class BodyRead {

        private final HttpServerExchange exchange;
        private final AtomicBoolean released = new AtomicBoolean();
        private JsonRpcBodyParser parser;
        private long received;
        private boolean tooLarge;
        private boolean done;
        private XnioExecutor.Key deadline;

        BodyRead(HttpServerExchange exchange) {
            this.exchange = exchange;
        }

        void start() {
            exchange.addExchangeCompleteListener((ex, next) -> {
                release();
                next.proceed();
            });
            long declared = exchange.getRequestContentLength();
            if (declared > DRAIN_LIMIT) {
                // too large to be worth reading for a polite answer
                answerTooLarge(false);
                return;
            }
            tooLarge = declared > maxBody;
            parser = tooLarge ? null : jsonRpc.newBody();
            deadline = exchange.getIoThread().executeAfter(this::timedOut, readTimeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            exchange.getRequestReceiver().receivePartialBytes(this::chunk, this::failed);
        }

        private void chunk(HttpServerExchange ex, byte[] bytes, boolean last) {
            if (done) {
                return;
            }
            try {
                take(bytes, last);
            } catch (RuntimeException e) {
                // a bug, not the client's doing: the connection goes, the permit comes back
                LOG.error("reading a JSON-RPC body failed unexpectedly: {}", e.getClass().getName());
                finishReading();
                IoUtils.safeClose(exchange.getConnection());
                release();
            }
        }

        private void take(byte[] bytes, boolean last) {
            received += bytes.length;
            if (!tooLarge && received > maxBody) {
                tooLarge = true;
                parser = null;
            }
            if (tooLarge && received > DRAIN_LIMIT) {
                // beyond the drain limit the connection is simply closed after the answer
                finishReading();
                exchange.getRequestReceiver().pause();
                answerTooLarge(false);
                return;
            }
            if (parser != null) {
                parser.feed(bytes);
            }
            if (!last) {
                return;
            }
            finishReading();
            if (tooLarge) {
                answerTooLarge(true);
                return;
            }
            JsonRpcBodyParser.Parsed parsed = parser.finish();
            parser = null;
            exchange.dispatch(() -> answer(parsed));
        }

        private void answer(JsonRpcBodyParser.Parsed parsed) {
            try {
                Optional<String> authorization = Optional.ofNullable(exchange.getRequestHeaders()
                        .getFirst(Headers.AUTHORIZATION));
                Optional<byte[]> response = jsonRpc.handle(parsed, authorization);
                if (response.isEmpty()) {
                    exchange.setStatusCode(StatusCodes.NO_CONTENT);
                    exchange.endExchange();
                    return;
                }
                exchange.getResponseSender().send(ByteBuffer.wrap(response.get()));
            } catch (RuntimeException e) {
                LOG.error("JSON-RPC request failed unexpectedly: {}", e.getClass().getName());
                exchange.setStatusCode(StatusCodes.INTERNAL_SERVER_ERROR);
                exchange.setPersistent(false);
                exchange.endExchange();
            }
        }

        /** The client went away (or the connection was closed) mid-body: nobody to answer. */
        private void failed(HttpServerExchange ex, IOException e) {
            if (done) {
                return;
            }
            finishReading();
            IoUtils.safeClose(exchange.getConnection());
            release();
        }

        /** Still sending after the read timeout: slow or stalled, either way not worth a permit any longer. */
        private void timedOut() {
            if (done) {
                return;
            }
            done = true;
            parser = null;
            IoUtils.safeClose(exchange.getConnection());
            release();
        }

        private void finishReading() {
            done = true;
            if (deadline != null) {
                deadline.remove();
            }
        }

        /**
         * Answers 413. A client that is still sending would see a reset instead of the answer if the connection
         * were closed at once, so a body of moderate size has been read and thrown away first (never held);
         * beyond {@link #DRAIN_LIMIT} the connection is closed after the answer.
         */
        private void answerTooLarge(boolean drained) {
            parser = null;
            exchange.setStatusCode(StatusCodes.REQUEST_ENTITY_TOO_LARGE);
            exchange.setPersistent(drained);
            exchange.getResponseSender().send(ByteBuffer.wrap(jsonRpc.tooLarge(maxBody)));
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                inFlight.release();
            }
        }
    }

    private static void plain(HttpServerExchange exchange, int status, String json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON).put(CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Stops accepting JSON-RPC calls, lets those in flight finish (up to 5 s), then stops Undertow (cached GETs are
     * answered until then).
     */
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
