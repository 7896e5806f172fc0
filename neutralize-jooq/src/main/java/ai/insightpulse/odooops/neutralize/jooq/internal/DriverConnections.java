package ai.insightpulse.odooops.neutralize.jooq.internal;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** The one place that opens a PostgreSQL connection through the driver, for the engine and the lifecycle. */
public final class DriverConnections {

    private static final Driver DRIVER = new org.postgresql.Driver();

    private DriverConnections() {
    }

    /**
     * A new connection to {@code endpoint}'s database.
     *
     * @param connectTimeout  the longest wait for the connection (rounded up to whole seconds, at least 1)
     * @param socketTimeout   when present, how long a read may block before the socket gives up
     * @param applicationName shown in {@code pg_stat_activity}
     */
    public static Connection open(DatabaseEndpoint endpoint, Duration connectTimeout, Optional<Duration> socketTimeout,
                                  String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", endpoint.user());
        return open(endpoint.jdbcUrl(), props, endpoint.password().isEmpty() ? Optional.empty()
                : Optional.of(endpoint.password().reveal()), connectTimeout, socketTimeout, applicationName);
    }

    /**
     * A new connection to {@code jdbcUrl} (a {@code jdbc:postgresql:} URL that names the role itself, like the
     * evidence database's); what the URL sets wins over these settings.
     *
     * @param password when present, the role's password (never part of the URL)
     */
    public static Connection open(String jdbcUrl, Optional<String> password, Duration connectTimeout,
                                  String applicationName) throws SQLException {
        return open(jdbcUrl, new Properties(), password, connectTimeout, Optional.empty(), applicationName);
    }

    private static Connection open(String jdbcUrl, Properties props, Optional<String> password,
                                   Duration connectTimeout, Optional<Duration> socketTimeout, String applicationName)
            throws SQLException {
        password.filter(p -> !p.isEmpty()).ifPresent(p -> props.setProperty("password", p));
        long connectSeconds = Math.max(1, (connectTimeout.toMillis() + 999) / 1000);
        props.setProperty("connectTimeout", Long.toString(connectSeconds));
        props.setProperty("loginTimeout", Long.toString(connectSeconds));
        socketTimeout.ifPresent(t -> props.setProperty("socketTimeout", Long.toString(t.toSeconds())));
        props.setProperty("ApplicationName", applicationName);
        props.setProperty("tcpKeepAlive", "true");
        // the driver itself, not DriverManager: DriverManager only hands out drivers the caller's class loader
        // registered, and an embedding tool may load us in a class loader of its own (a plugin, exec:java)
        Connection connection = DRIVER.connect(jdbcUrl, props);
        if (connection == null) {
            throw new SQLException("not a jdbc:postgresql: URL", "08001");
        }
        return connection;
    }
}
