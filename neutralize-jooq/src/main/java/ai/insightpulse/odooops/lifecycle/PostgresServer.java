package ai.insightpulse.odooops.lifecycle;

import ai.insightpulse.odooops.neutralize.DatabaseEndpoint;
import ai.insightpulse.odooops.neutralize.Failure;
import ai.insightpulse.odooops.neutralize.NeutralizeConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.util.PSQLException;

/**
 * The PostgreSQL server of a validated configuration, for the commands that work on whole databases
 * ({@code demo}, {@code clone}, {@code restore}): connections to any database on it, and failures turned into
 * one-line messages that quote only the server's primary message (its DETAIL can quote row values) and never the
 * password.
 *
 * @param endpoint        where the server is and how to log in; its database name is the one the config names
 * @param maintenanceDb   the database to connect to for CREATE/DROP/ALTER DATABASE ({@code postgres})
 * @param connectTimeout  the longest wait for a connection
 * @param applicationName shown in {@code pg_stat_activity}, so a run's backends can be found
 */
public record PostgresServer(DatabaseEndpoint endpoint, String maintenanceDb, Duration connectTimeout,
                             String applicationName) {

    private static final Settings SETTINGS = new Settings().withExecuteLogging(false).withRenderFormatted(false);

    /** The server of {@code config}, reached through {@code maintenanceDb} for database-level statements. */
    public static PostgresServer of(NeutralizeConfig config, String maintenanceDb, String applicationName) {
        return new PostgresServer(config.database(), maintenanceDb, config.connectTimeout(), applicationName);
    }

    /** A new connection (auto-commit on) to {@code database} on this server. */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", endpoint.user());
        if (!endpoint.password().isEmpty()) {
            props.setProperty("password", endpoint.password().reveal());
        }
        long seconds = Math.max(1, (connectTimeout.toMillis() + 999) / 1000);
        props.setProperty("connectTimeout", Long.toString(seconds));
        props.setProperty("loginTimeout", Long.toString(seconds));
        props.setProperty("ApplicationName", applicationName);
        props.setProperty("tcpKeepAlive", "true");
        DatabaseEndpoint target = new DatabaseEndpoint(endpoint.host(), endpoint.port(), endpoint.user(),
                endpoint.password(), database);
        return DriverManager.getConnection(target.jdbcUrl(), props);
    }

    /** A new connection to the maintenance database. */
    public Connection connectMaintenance() throws SQLException {
        return connect(maintenanceDb);
    }

    /** jOOQ over {@code connection}, PostgreSQL dialect, without execute logging. */
    public static DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, SETTINGS);
    }

    /** {@code host:port}, for messages. */
    public String address() {
        return endpoint.host() + ":" + endpoint.port();
    }

    /** A failure while {@code doing} something, as a one-line {@link Failure} without secrets. */
    public Failure failure(String doing, Throwable error) {
        SQLException sql = null;
        for (Throwable t = error; t != null && sql == null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
            }
        }
        if (sql == null) {
            return new Failure(Failure.Kind.INTERNAL, redact(doing + ": " + error));
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
                redact(doing + " on " + address() + ": " + message + (state == null ? "" : " [SQLSTATE " + state + "]")));
    }

    private String redact(String message) {
        return endpoint.password().redactFrom(message);
    }
}
