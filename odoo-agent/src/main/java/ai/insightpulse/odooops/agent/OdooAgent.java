package ai.insightpulse.odooops.agent;

import ai.insightpulse.odooops.agent.internal.AgentDataSource;
import ai.insightpulse.odooops.agent.internal.AgentLogging;
import ai.insightpulse.odooops.agent.internal.AgentServer;
import ai.insightpulse.odooops.agent.internal.BearerToken;
import ai.insightpulse.odooops.agent.internal.BuildInfo;
import ai.insightpulse.odooops.agent.internal.JsonRpcEndpoint;
import ai.insightpulse.odooops.agent.internal.NeutralizationGuard;
import ai.insightpulse.odooops.agent.internal.RenderedViews;
import ai.insightpulse.odooops.neutralize.ConfigException;
import ai.insightpulse.odooops.neutralize.Environment;
import ai.insightpulse.odooops.neutralize.jooq.JooqNeutralizer;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sidecar beside an Odoo container: serves {@code /healthz}, {@code /readyz}, {@code /status},
 * {@code /metrics}, {@code /jsonrpc} and a status page at {@code /}, from a status that one background check
 * refreshes every interval (see {@code docs/AGENT-API.md}).
 *
 * <pre>{@code
 * AgentConfig config = AgentConfig.read(System.getenv(), List.of("--port=9069"));
 * try (OdooAgent agent = OdooAgent.start(config)) {
 *     ...
 * }
 * }</pre>
 */
public final class OdooAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OdooAgent.class);

    private final AgentConfig config;
    private final HikariDataSource pool;
    private final NeutralizationGuard guard;
    private final AgentServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OdooAgent(AgentConfig config, HikariDataSource pool, NeutralizationGuard guard, AgentServer server) {
        this.config = config;
        this.pool = pool;
        this.guard = guard;
        this.server = server;
    }

    /**
     * Starts the pool, the checks and the HTTP server. Returns once the port is bound; the first check runs in
     * the background, and {@code /readyz} answers 503 until it succeeds.
     *
     * @throws IllegalStateException when the address cannot be bound
     */
    public static OdooAgent start(AgentConfig config) {
        HikariDataSource pool = AgentDataSource.create(config.inspection(), config.connectionWait());
        NeutralizationGuard guard = null;
        try {
            RenderedViews views = new RenderedViews(config.interval());
            guard = new NeutralizationGuard(config, JooqNeutralizer.using(AgentDataSource.connections(pool)), views);
            JsonRpcEndpoint jsonRpc = new JsonRpcEndpoint(guard, config.environment(),
                    new BearerToken(config.token()));
            AgentServer server = new AgentServer(config.bind(), config.port(), views, jsonRpc,
                    config.readinessFreshness(),
                    config.maxBodyBytes(), config.readTimeout(), config.idleTimeout());
            try {
                server.start();
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot listen on " + config.bind() + ":" + config.port() + ": "
                        + rootMessage(e), e);
            }
            guard.start();
            OdooAgent agent = new OdooAgent(config, pool, guard, server);
            LOG.info("odooops-agent {} serving {} ({}) on http://{}:{} every {} ms{}", BuildInfo.VERSION,
                    config.inspection().database().database(), config.environment().ipaiName(), config.bind(),
                    server.port(), config.interval().toMillis(), config.enforce() ? " with enforcement" : "");
            return agent;
        } catch (RuntimeException e) {
            if (guard != null) {
                guard.close();
            }
            pool.close();
            throw e;
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.port();
    }

    /** The base URL of the HTTP server. */
    public URI baseUri() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + port());
    }

    /** Stops serving (letting requests in flight finish), stops the checks and closes the pool. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.close();
        guard.close();
        pool.close();
        LOG.info("odooops-agent stopped");
    }

    /**
     * Runs the agent until SIGTERM/SIGINT. Bad configuration exits 1 with one line on stderr; a port that cannot
     * be bound exits 2.
     */
    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(AgentConfig.usage());
            return;
        }
        AgentConfig config;
        try {
            config = AgentConfig.read(System.getenv(), arguments);
        } catch (ConfigException e) {
            System.err.println("odooops-agent: " + e.getMessage());
            System.exit(1);
            return;
        }
        AgentLogging.configure(config.environment() == Environment.PROD);
        OdooAgent agent;
        try {
            agent = start(config);
        } catch (IllegalStateException e) {
            LOG.error("{}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "odooops-agent-shutdown"));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
