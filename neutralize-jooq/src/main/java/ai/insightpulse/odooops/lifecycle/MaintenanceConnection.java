package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.util.PSQLException;

/**
 * How the database-level operations ({@code DROP DATABASE}, reading {@code pg_database}) reach the server: through
 * its maintenance database ({@code postgres}), never through the database they act on.
 *
 * @param endpoint        the server, the role, and the maintenance database as its database
 * @param connectTimeout  the longest wait for the connection
 * @param applicationName shown in {@code pg_stat_activity}
 */
public record MaintenanceConnection(DatabaseEndpoint endpoint, Duration connectTimeout, String applicationName) {

    /** Checks the parts. */
    public MaintenanceConnection {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(applicationName, "applicationName");
    }

    Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", endpoint.user());
        if (!endpoint.password().isEmpty()) {
            props.setProperty("password", endpoint.password().reveal());
        }
        long seconds = Math.max(1, (connectTimeout.toMillis() + 999) / 1000);
        props.setProperty("connectTimeout", Long.toString(seconds));
        props.setProperty("loginTimeout", Long.toString(seconds));
        props.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(endpoint.jdbcUrl(), props);
    }

    /** {@code error} while {@code doing} something, as one line that quotes the server's primary message only. */
    Failure failure(String doing, Throwable error) {
        SQLException sql = null;
        for (Throwable t = error; t != null && sql == null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
            }
        }
        String where = endpoint.host() + ":" + endpoint.port();
        if (sql == null) {
            return new Failure(Failure.Kind.INTERNAL, endpoint.password().redactFrom(doing + ": " + error));
        }
        String message = sql.getMessage() == null ? sql.getClass().getSimpleName()
                : sql.getMessage().lines().findFirst().orElse("");
        if (sql instanceof PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getMessage() != null) {
            message = p.getServerErrorMessage().getMessage();
        }
        String state = sql.getSQLState();
        boolean connection = state != null && (state.startsWith("08") || state.startsWith("28")
                || state.startsWith("57P") || state.equals("3D000"));
        return new Failure(connection ? Failure.Kind.CONNECTION : Failure.Kind.DATABASE,
                endpoint.password().redactFrom(doing + " on " + where + ": " + message
                        + (state == null ? "" : " [SQLSTATE " + state + "]")));
    }
}
