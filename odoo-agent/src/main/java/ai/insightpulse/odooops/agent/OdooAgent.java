package ai.insightpulse.odooops.agent;

import ai.insightpulse.odooops.agent.internal.AgentDataSource;
import ai.insightpulse.odooops.agent.internal.AgentLogging;
import ai.insightpulse.odooops.agent.internal.AgentServer;
import ai.insightpulse.odooops.agent.internal.BearerToken;
import ai.insightpulse.odooops.agent.internal.BuildInfo;
import ai.insightpulse.odooops.agent.internal.FleetConnections;
import ai.insightpulse.odooops.agent.internal.FleetGuard;
import ai.insightpulse.odooops.agent.internal.FleetViews;
import ai.insightpulse.odooops.agent.internal.JsonRpcEndpoint;
import ai.insightpulse.odooops.agent.internal.NeutralizationGuard;
import ai.insightpulse.odooops.agent.internal.NoPlatformMBeanServer;
import ai.insightpulse.odooops.agent.internal.RenderedViews;
import ai.insightpulse.odooops.agent.internal.ServedViews;
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
 * refreshes every interval (see {@code docs/AGENT-API.md}). With {@link AgentConfig#DATABASES} set it runs in fleet
 * mode instead: one agent for every matching database of a server, under one connection cap.
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
    private final AutoCloseable pool;
    private final AutoCloseable guard;
    private final AgentServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OdooAgent(AgentConfig config, AutoCloseable pool, AutoCloseable guard, AgentServer server) {
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
        if (config.fleet().isPresent()) {
            return startFleet(config, config.fleet().get());
        }
        HikariDataSource pool = AgentDataSource.create(config.inspection(), config.connectionWait());
        NeutralizationGuard guard = null;
        try {
            RenderedViews views = new RenderedViews(config.interval());
            guard = new NeutralizationGuard(config, JooqNeutralizer.using(AgentDataSource.connections(pool)), views);
            JsonRpcEndpoint jsonRpc = new JsonRpcEndpoint(guard, config.environment(),
                    new BearerToken(config.token()));
            AgentServer server = listen(config, views, jsonRpc);
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

    /** The agent's HTTP server on the configured address, started. */
    private static AgentServer listen(AgentConfig config, ServedViews views, JsonRpcEndpoint jsonRpc) {
        AgentServer server = new AgentServer(config.bind(), config.port(), views, jsonRpc, config.readinessFreshness(),
                config.maxBodyBytes(), config.readTimeout(), config.idleTimeout());
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + config.bind() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        return server;
    }

    /**
     * Fleet mode: no pool of its own per database, but {@link FleetConnections}' cap over the whole server; one
     * guard per matching database, driven by the fleet's rounds.
     */
    private static OdooAgent startFleet(AgentConfig config, AgentConfig.Fleet fleet) {
        // waiting for a permit is the agent's own queue (a round's checks and an apply sharing the cap), not an
        // outage: it may last as long as a run holds a permit, the statement cap; an outage shows through the
        // driver's connect timeout, which frees the permit at once
        FleetConnections connections = new FleetConnections(config.inspection().database(), fleet.maxConnections(),
                config.inspection().statementTimeout(), config.inspection().connectTimeout(), config.inspection().statementTimeout());
        FleetViews views = new FleetViews(config.interval(), fleet.patterns(), fleet.maxConnections(),
                fleet.discoveryDatabase());
        FleetGuard guard = new FleetGuard(config, connections, views);
        try {
            JsonRpcEndpoint jsonRpc = new JsonRpcEndpoint(guard, new BearerToken(config.token()));
            AgentServer server = listen(config, views, jsonRpc);
            guard.start();
            OdooAgent agent = new OdooAgent(config, () -> { }, guard, server);
            LOG.info("odooops-agent {} watching the databases {} of {}:{} with at most {} connections, on "
                    + "http://{}:{} every {} ms{}", BuildInfo.VERSION, String.join(",", fleet.patterns()),
                    config.inspection().database().host(), config.inspection().database().port(),
                    fleet.maxConnections(), config.bind(), server.port(), config.interval().toMillis(),
                    config.enforce() ? " with enforcement" : "");
            return agent;
        } catch (RuntimeException e) {
            guard.close();
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
        try {
            guard.close();
            pool.close();
        } catch (Exception e) {
            LOG.warn("stopping: {}", e.toString());
        }
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
        // JSON lines in prod, and in fleet mode, which watches prod among others and feeds a platform's logging
        AgentLogging.configure(config.environment() == Environment.PROD || config.fleet().isPresent());
        // before Undertow starts: XNIO's MBeans would otherwise create the platform MBean server
        NoPlatformMBeanServer.install();
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
