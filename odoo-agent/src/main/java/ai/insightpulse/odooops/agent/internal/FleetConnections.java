package ai.insightpulse.odooops.agent.internal;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import ai.insightpulse.odooops.neutralize.jooq.ConnectionSource;
import ai.insightpulse.odooops.neutralize.jooq.ServerDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fleet mode's connections: one small pool for the whole server, per database and on demand, under a global cap.
 *
 * <p>PostgreSQL binds a connection to one database, so a classic pool of N connections cannot serve M databases;
 * and one pool per database would hold M idle connections. Here a connection is opened for a run on the database
 * the run names and closed when the run ends (a check is one transaction, once per interval, so reuse would save
 * one backend start per database per interval and cost an idle backend each); a {@link Semaphore} of
 * {@code max} permits is taken before opening and given back on close, so the agent never holds more than
 * {@code max} sessions on the server, whatever the number of databases. Checks, applies and the listing of
 * {@code pg_database} all go through it. With {@link AgentDataSource}, the only class of the agent that touches
 * JDBC; the queries are the engine's.
 */
public final class FleetConnections {

    private final DatabaseEndpoint server;
    private final Semaphore permits;
    private final int max;
    private final Duration acquireTimeout;
    private final Duration connectTimeout;
    private final Duration socketTimeout;
    private final AtomicLong opened = new AtomicLong();

    /**
     * @param server         host, port, role and password (its database name is not used)
     * @param max            the most sessions at once
     * @param acquireTimeout how long a run waits for a permit before failing as a connection error
     * @param connectTimeout the driver's connect and login timeout
     * @param statementCap   the statements' timeout, which the socket's outlives by 30 s
     */
    public FleetConnections(DatabaseEndpoint server, int max, Duration acquireTimeout, Duration connectTimeout,
                            Duration statementCap) {
        this.server = server;
        this.max = max;
        this.permits = new Semaphore(max, true);
        this.acquireTimeout = acquireTimeout;
        this.connectTimeout = connectTimeout;
        this.socketTimeout = statementCap.plusSeconds(30);
    }

    /** The cap. */
    public int max() {
        return max;
    }

    /** Sessions opened since start (each check opens one on its database; PostgreSQL counts a transaction for each). */
    public long opened() {
        return opened.get();
    }

    /** Sessions open (or being opened) right now. */
    public int inUse() {
        return max - permits.availablePermits();
    }

    /**
     * What a listing of {@code pg_database} found: the names, or why it failed (one line, no secret).
     *
     * @param names the connectable, non-template databases, sorted; empty when the listing failed
     * @param error why it failed
     */
    public record Listing(List<String> names, Optional<String> error) {
    }

    /** Lists the server's databases from {@code discoveryDatabase}, on a connection counted against the cap. */
    public Listing listDatabases(String discoveryDatabase) {
        try (Connection c = open(discoveryDatabase)) {
            return new Listing(ServerDatabases.connectable(c), Optional.empty());
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int nl = m.indexOf('\n');
            return new Listing(List.of(), Optional.of(nl < 0 ? m : m.substring(0, nl)));
        }
    }

    /** The engine's connections: each run's on the database of its configuration. */
    public ConnectionSource source() {
        return (NeutralizeConfig config) -> open(config.database().database());
    }

    /**
     * A connection to {@code database}, counted against the cap until it is closed.
     *
     * @throws SQLException (state {@code 08001}) when no permit came within the acquire timeout, or the driver's
     *                      own when the connection failed
     */
    public Connection open(String database) throws SQLException {
        try {
            if (!permits.tryAcquire(acquireTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLException("all " + max + " fleet connections busy for " + acquireTimeout.toMillis()
                        + " ms", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a fleet connection", "08001", e);
        }
        try {
            opened.incrementAndGet();
            return released(dataSource(database).getConnection());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {server.host()});
        ds.setPortNumbers(new int[] {server.port()});
        ds.setDatabaseName(database);
        ds.setUser(server.user());
        if (!server.password().isEmpty()) {
            ds.setPassword(server.password().reveal());
        }
        int connectSeconds = (int) Math.max(1, (connectTimeout.toMillis() + 999) / 1000);
        ds.setConnectTimeout(connectSeconds);
        ds.setLoginTimeout(connectSeconds);
        ds.setSocketTimeout((int) socketTimeout.toSeconds());
        ds.setApplicationName(AgentDataSource.APPLICATION_NAME);
        // the name then travels in the startup packet; otherwise the driver sends a SET after login, one more
        // transaction in pg_stat_database per check (PostgreSQL 9.0+ has taken it there since 2010)
        ds.setAssumeMinServerVersion("9.0");
        ds.setTcpKeepAlive(true);
        return ds;
    }

    /** {@code connection}, whose {@code close()} also gives the permit back, once. */
    private Connection released(Connection connection) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        try {
                            connection.close();
                        } finally {
                            if (closed.compareAndSet(false, true)) {
                                permits.release();
                            }
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
